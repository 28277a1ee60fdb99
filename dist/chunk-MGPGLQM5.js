import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  checkCommand
} from "./chunk-3IYNXULH.js";
import "./chunk-7A2DGYM3.js";
import "./chunk-KQS5XTYR.js";
import "./chunk-EFDWFIEV.js";
import "./chunk-OEKSQ5ZW.js";
import "./chunk-MZTGZC5K.js";
import "./chunk-33T3BFST.js";
import "./chunk-ADIGWMAD.js";
import "./chunk-RKDZALLL.js";
import "./chunk-3MTOEWIP.js";
import "./chunk-VMT3AKZA.js";
import "./chunk-MM4CA3UJ.js";
import "./chunk-Q2X3Y4PI.js";
import "./chunk-NEK22LCI.js";
import "./chunk-RGNHKACQ.js";
import "./chunk-INJCVSTR.js";
import "./chunk-67WMFPEX.js";
import "./chunk-NW6B6BBN.js";
import "./chunk-IGS54RTM.js";
import "./chunk-F2GYBYQM.js";
import "./chunk-LJALDYRS.js";
import "./chunk-VL3VX4V6.js";
import "./chunk-4SW5MQ5N.js";
import "./chunk-L3URI5J3.js";
import "./chunk-ZZVN4ZIJ.js";
import "./chunk-NSCG2XAA.js";
import "./chunk-HNVKVUKN.js";
import "./chunk-2OWDFRQR.js";
import "./chunk-4CEKIALU.js";
import "./chunk-T3AJA6AO.js";
import "./chunk-HFEUIW6P.js";
import "./chunk-EQBUWK5K.js";
import "./chunk-SWTBR4TC.js";
import "./chunk-K5MUDOBL.js";
import "./chunk-ZG6VZRJ7.js";
import "./chunk-LY7GTVVW.js";
export {
  checkCommand
};
