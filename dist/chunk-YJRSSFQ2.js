import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  checkCommand
} from "./chunk-ZKTPBNJH.js";
import "./chunk-AOTIPZZT.js";
import "./chunk-WZBK2IYN.js";
import "./chunk-N7MJ3ATG.js";
import "./chunk-7CO2I7ZB.js";
import "./chunk-OHVLW36C.js";
import "./chunk-YFWPSTXG.js";
import "./chunk-VCOGG23J.js";
import "./chunk-ZARQKXJX.js";
import "./chunk-KQS5XTYR.js";
import "./chunk-ADIGWMAD.js";
import "./chunk-NEK22LCI.js";
import "./chunk-VJX5MTOL.js";
import "./chunk-3MTOEWIP.js";
import "./chunk-2N6RC2WQ.js";
import "./chunk-67WMFPEX.js";
import "./chunk-NW6B6BBN.js";
import "./chunk-IGS54RTM.js";
import "./chunk-VL3VX4V6.js";
import "./chunk-F2GYBYQM.js";
import "./chunk-LJALDYRS.js";
import "./chunk-4SW5MQ5N.js";
import "./chunk-T27JOG7D.js";
import "./chunk-ZZVN4ZIJ.js";
import "./chunk-FXRDIYR5.js";
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
