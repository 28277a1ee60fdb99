import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  checkCommand
} from "./chunk-JOZ3E4P5.js";
import "./chunk-DGEY2A6A.js";
import "./chunk-IJ247MFV.js";
import "./chunk-MCKG2R57.js";
import "./chunk-KQS5XTYR.js";
import "./chunk-2UXXATVJ.js";
import "./chunk-OEKSQ5ZW.js";
import "./chunk-JOHE7BSA.js";
import "./chunk-IEPMMYNR.js";
import "./chunk-34BIHKVR.js";
import "./chunk-ADIGWMAD.js";
import "./chunk-NEK22LCI.js";
import "./chunk-HBHREZFE.js";
import "./chunk-3MTOEWIP.js";
import "./chunk-THPVXQSN.js";
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
