import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  checkCommand
} from "./chunk-CJKAAN7T.js";
import "./chunk-ZX56LE4C.js";
import "./chunk-KQS5XTYR.js";
import "./chunk-GGRBXN6T.js";
import "./chunk-THLV55MT.js";
import "./chunk-MNOM4ZUS.js";
import "./chunk-67WMFPEX.js";
import "./chunk-U7YQK2R7.js";
import "./chunk-AMLTACMG.js";
import "./chunk-P5MJTZBK.js";
import "./chunk-KCAMNJAP.js";
import "./chunk-6IGFWGF6.js";
import "./chunk-ADIGWMAD.js";
import "./chunk-D5CQJUQ5.js";
import "./chunk-NEK22LCI.js";
import "./chunk-ZWIPTXTZ.js";
import "./chunk-NW6B6BBN.js";
import "./chunk-IGS54RTM.js";
import "./chunk-H4D52SFG.js";
import "./chunk-I63FROPD.js";
import "./chunk-4SW5MQ5N.js";
import "./chunk-CES5LTB7.js";
import "./chunk-ZZVN4ZIJ.js";
import "./chunk-FXRDIYR5.js";
import "./chunk-HNVKVUKN.js";
import "./chunk-2OWDFRQR.js";
import "./chunk-4CEKIALU.js";
import "./chunk-KCBKPHLN.js";
import "./chunk-EQBUWK5K.js";
import "./chunk-SWTBR4TC.js";
import "./chunk-EECUWES3.js";
import "./chunk-LY7GTVVW.js";
export {
  checkCommand
};
