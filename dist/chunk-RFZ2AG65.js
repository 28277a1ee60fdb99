import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  checkCommand
} from "./chunk-4AW4YPBX.js";
import "./chunk-4BHKKMKN.js";
import "./chunk-2SU4ZXZN.js";
import "./chunk-GZOSVMSC.js";
import "./chunk-KQS5XTYR.js";
import "./chunk-UMLUJ2IE.js";
import "./chunk-OEKSQ5ZW.js";
import "./chunk-VPFZND7R.js";
import "./chunk-W7LQIRMW.js";
import "./chunk-WQ3KKJ33.js";
import "./chunk-ADIGWMAD.js";
import "./chunk-NEK22LCI.js";
import "./chunk-4XPU6VDT.js";
import "./chunk-3MTOEWIP.js";
import "./chunk-QIG7ASCK.js";
import "./chunk-INJCVSTR.js";
import "./chunk-67WMFPEX.js";
import "./chunk-NW6B6BBN.js";
import "./chunk-IGS54RTM.js";
import "./chunk-VL3VX4V6.js";
import "./chunk-F2GYBYQM.js";
import "./chunk-LJALDYRS.js";
import "./chunk-4SW5MQ5N.js";
import "./chunk-T27JOG7D.js";
import "./chunk-ZZVN4ZIJ.js";
import "./chunk-NSPCFPZH.js";
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
