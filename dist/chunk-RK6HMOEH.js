import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  checkCommand
} from "./chunk-Y6ABIAR6.js";
import "./chunk-POJHSL3U.js";
import "./chunk-R5MUWP5D.js";
import "./chunk-KQS5XTYR.js";
import "./chunk-ITOR6GB7.js";
import "./chunk-OEKSQ5ZW.js";
import "./chunk-BE2TP7UZ.js";
import "./chunk-ADIGWMAD.js";
import "./chunk-T3EPN34O.js";
import "./chunk-BV55YVCR.js";
import "./chunk-EEO3OAKC.js";
import "./chunk-NEK22LCI.js";
import "./chunk-CKBCX2XZ.js";
import "./chunk-3MTOEWIP.js";
import "./chunk-CH3XYOR4.js";
import "./chunk-INJCVSTR.js";
import "./chunk-67WMFPEX.js";
import "./chunk-NW6B6BBN.js";
import "./chunk-IGS54RTM.js";
import "./chunk-VL3VX4V6.js";
import "./chunk-F2GYBYQM.js";
import "./chunk-LJALDYRS.js";
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
