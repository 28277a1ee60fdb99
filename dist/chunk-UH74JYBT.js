import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  checkCommand
} from "./chunk-SMDHJZLU.js";
import "./chunk-ZTOWYPMS.js";
import "./chunk-UPIUXMTE.js";
import "./chunk-WDV7BLIS.js";
import "./chunk-YOXO2Z5H.js";
import "./chunk-I44VV5OK.js";
import "./chunk-ZHDKVPN6.js";
import "./chunk-2UXEVDPU.js";
import "./chunk-O6KFYR5Q.js";
import "./chunk-KQS5XTYR.js";
import "./chunk-ADIGWMAD.js";
import "./chunk-NEK22LCI.js";
import "./chunk-BCS4MYOS.js";
import "./chunk-3MTOEWIP.js";
import "./chunk-MNTHIMP6.js";
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
