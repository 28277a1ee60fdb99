import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  checkCommand
} from "./chunk-Z5ZPHMED.js";
import "./chunk-TFVEWPSU.js";
import "./chunk-KQS5XTYR.js";
import "./chunk-LTGTPMR5.js";
import "./chunk-I4OFVBQ4.js";
import "./chunk-6YKBBRKB.js";
import "./chunk-67WMFPEX.js";
import "./chunk-VWQP2HER.js";
import "./chunk-3MTOEWIP.js";
import "./chunk-KJPIAWEI.js";
import "./chunk-Y2S25RUM.js";
import "./chunk-FRFQJ55R.js";
import "./chunk-ADIGWMAD.js";
import "./chunk-556WJHKM.js";
import "./chunk-NEK22LCI.js";
import "./chunk-JZ26TEE3.js";
import "./chunk-NW6B6BBN.js";
import "./chunk-IGS54RTM.js";
import "./chunk-H4D52SFG.js";
import "./chunk-I63FROPD.js";
import "./chunk-4SW5MQ5N.js";
import "./chunk-T27JOG7D.js";
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
