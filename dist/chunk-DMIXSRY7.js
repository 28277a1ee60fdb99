import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  checkCommand
} from "./chunk-4LVYHPS5.js";
import "./chunk-7PSVWXYO.js";
import "./chunk-KQS5XTYR.js";
import "./chunk-Z7SMCVBD.js";
import "./chunk-WO4CFEWS.js";
import "./chunk-7W2PYXYO.js";
import "./chunk-67WMFPEX.js";
import "./chunk-ECBKHNFO.js";
import "./chunk-AMLTACMG.js";
import "./chunk-G6JZA3IQ.js";
import "./chunk-47HA4FSR.js";
import "./chunk-N6WHMDWG.js";
import "./chunk-ADIGWMAD.js";
import "./chunk-6AWELHAT.js";
import "./chunk-NEK22LCI.js";
import "./chunk-V4EJHR5J.js";
import "./chunk-NW6B6BBN.js";
import "./chunk-IGS54RTM.js";
import "./chunk-H4D52SFG.js";
import "./chunk-I63FROPD.js";
import "./chunk-4SW5MQ5N.js";
import "./chunk-CES5LTB7.js";
import "./chunk-ZZVN4ZIJ.js";
import "./chunk-FXRDIYR5.js";
import "./chunk-APHDKFZZ.js";
import "./chunk-4CEKIALU.js";
import "./chunk-KCBKPHLN.js";
import "./chunk-EECUWES3.js";
import "./chunk-LY7GTVVW.js";
export {
  checkCommand
};
