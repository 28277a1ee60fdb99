import { createRequire as __odaCreateRequire } from 'node:module'; const require = __odaCreateRequire(import.meta.url);
import {
  readInside
} from "./chunk-EQBUWK5K.js";
import {
  formatCount,
  readManifestFile,
  toPosixRelative
} from "./chunk-5EMOXPVE.js";
import {
  external_exports
} from "./chunk-ZG6VZRJ7.js";

// src/odoo/layout/addons-catalog-schema.ts
var catalogRepoSchema = external_exports.strictObject({
  /** `OCA/queue`: owner/name on GitHub, used in every message about the repo. */
  name: external_exports.string().regex(/^[\w.-]+\/[\w.-]+$/, 'expected "owner/name", e.g. "OCA/queue"').describe("owner/name, e.g. OCA/queue"),
  /** Clone URL. */
  url: external_exports.string().min(1).describe("Clone URL"),
  /** Branch the repo must be checked out at; for OCA this is the Odoo series, e.g. `17.0`. */
  branch: external_exports.string().min(1).describe("Branch, for OCA the series (17.0)"),
  /** Where the repo lives in this checkout; defaults to `<roots.oca_root>/<repo name>`. */
  path: external_exports.string().min(1).optional().describe("Folder of the checkout, relative to the repository root"),
  /** Addons of this repo the project installs. */
  modules: external_exports.array(external_exports.string().regex(/^[A-Za-z0-9_]+$/, "expected an addon folder name (letters, digits, _)")).default([]).describe("Addons of this repo the project installs"),
  /** Free text. */
  description: external_exports.string().optional().describe("Free text")
});
var addonsCatalogSchema = external_exports.object({
  $schema: external_exports.string().optional(),
  /** Target Odoo series for the whole project, e.g. `17.0`. */
  series: external_exports.string().regex(/^\d+\.\d+$/, 'expected a series such as "17.0"').optional(),
  /** Folders that hold vendored OCA repos and the project's own addons. */
  roots: external_exports.object({ oca_root: external_exports.string().default("vendor/oca"), ipai_root: external_exports.string().default("addons") }).prefault({}),
  repos: external_exports.array(catalogRepoSchema).default([])
});
var mountSchema = external_exports.strictObject({
  /** Folder relative to the repository root. */
  path: external_exports.string().min(1),
  /** The listed repo this mount serves, when it is one (`OCA/queue`). */
  repo: external_exports.string().optional(),
  /** Where the folder appears inside the Odoo container, for documentation. */
  target: external_exports.string().optional(),
  description: external_exports.string().optional()
});
var mountsFileSchema = external_exports.object({
  $schema: external_exports.string().optional(),
  mounts: external_exports.array(mountSchema)
});

// src/odoo/layout/json-syntax-error.ts
var JsonSyntaxError = class extends Error {
  name = "JsonSyntaxError";
  line;
  column;
  constructor(args) {
    super(args.message);
    this.line = args.line;
    this.column = args.column;
  }
};

// src/odoo/layout/parse-json-with-positions.ts
function parseJsonWithPositions(text) {
  const positions = /* @__PURE__ */ new Map();
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const src = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const here = () => ({ line, column: i - lineStart + 1 });
  const fail = (message) => {
    throw new JsonSyntaxError({ message, ...here() });
  };
  const ws = () => {
    for (; ; ) {
      const c = src[i];
      if (c === "\n") {
        i++;
        line++;
        lineStart = i;
      } else if (c === " " || c === "	" || c === "\r") i++;
      else return;
    }
  };
  const describe = () => i >= src.length ? "end of file (the JSON is truncated)" : `'${src[i]}'`;
  const value = (path, depth) => {
    ws();
    if (depth > 512) fail("nesting deeper than 512 levels");
    positions.set(path, here());
    const c = src[i];
    if (c === "{") {
      i++;
      const out = {};
      ws();
      if (src[i] === "}") {
        i++;
        return out;
      }
      for (; ; ) {
        ws();
        if (src[i] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
        const key = string();
        ws();
        if (src[i] !== ":") fail(`expected ':' after property name "${key}", found ${describe()}`);
        i++;
        out[key] = value(`${path}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`, depth + 1);
        ws();
        if (src[i] === ",") {
          i++;
          continue;
        }
        if (src[i] === "}") {
          i++;
          return out;
        }
        fail(`expected ',' or '}' after the value of "${key}", found ${describe()}`);
      }
    }
    if (c === "[") {
      i++;
      const out = [];
      ws();
      if (src[i] === "]") {
        i++;
        return out;
      }
      for (; ; ) {
        out.push(value(`${path}/${out.length}`, depth + 1));
        ws();
        if (src[i] === ",") {
          i++;
          continue;
        }
        if (src[i] === "]") {
          i++;
          return out;
        }
        fail(`expected ',' or ']' after an array item, found ${describe()}`);
      }
    }
    if (c === '"') return string();
    const lit = /^(?:true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)/.exec(src.slice(i, i + 400));
    if (lit === null) fail(`expected a JSON value, found ${describe()}`);
    const token = lit?.[0] ?? "";
    i += token.length;
    return token === "true" ? true : token === "false" ? false : token === "null" ? null : Number(token);
  };
  const string = () => {
    const start = i;
    i++;
    for (; ; ) {
      const c = src[i];
      if (c === void 0) fail("unterminated string (the JSON is truncated)");
      if (c === '"') break;
      if (c === "\n") fail("unterminated string: a raw newline is not allowed inside a JSON string");
      if (c === "\\") i++;
      i++;
    }
    i++;
    try {
      const parsed = JSON.parse(src.slice(start, i));
      return typeof parsed === "string" ? parsed : "";
    } catch {
      i = start;
      return fail("invalid escape sequence in string");
    }
  };
  const result = value("", 0);
  ws();
  if (i < src.length) fail(`unexpected ${describe()} after the end of the JSON document`);
  return { value: result, positions };
}

// src/odoo/manifest/load-addons-workspace.ts
import { join as join6, resolve as resolve4 } from "node:path";

// src/odoo/core-addons/core-addons-for.ts
import { readdirSync } from "node:fs";
import { join } from "node:path";

// src/odoo/layout/safe-stat.ts
import { statSync } from "node:fs";
function safeStat(abs) {
  try {
    const s = statSync(abs);
    if (s.isFile()) return { kind: "file", size: s.size };
    if (s.isDirectory()) return { kind: "dir", size: 0 };
    return { kind: "other", size: 0, error: "not a regular file or folder" };
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    if (code === "ENOENT" || code === "ENOTDIR") return { kind: "missing", size: 0 };
    if (code === "ELOOP") return { kind: "loop", size: 0 };
    return { kind: "error", size: 0, error: code || (error instanceof Error ? error.message : String(error)) };
  }
}

// src/odoo/core-addons/core-addons-common.ts
var coreAddonsCommon = `
account account_check_printing account_debit_note account_edi account_edi_proxy_client account_edi_ubl_cii account_fleet
account_payment account_qr_code_sepa account_tax_python account_test account_update_tax_tags analytic attachment_indexation
auth_ldap auth_oauth auth_password_policy auth_password_policy_portal auth_password_policy_signup auth_signup auth_totp
auth_totp_mail auth_totp_mail_enforce auth_totp_portal barcodes barcodes_gs1_nomenclature base base_address_extended
base_automation base_geolocalize base_iban base_import base_import_module base_install_request base_setup base_sparse_field
base_vat board bus calendar calendar_sms contacts crm crm_iap_enrich crm_iap_mine crm_livechat crm_mail_plugin crm_sms
data_recycle delivery digest event event_booth event_booth_sale event_crm event_crm_sale event_sale event_sms fleet
gamification gamification_sale_crm google_account google_calendar google_gmail google_recaptcha hr hr_attendance hr_contract
hr_expense hr_fleet hr_gamification hr_holidays hr_holidays_attendance hr_hourly_cost hr_livechat hr_maintenance hr_org_chart
hr_presence hr_recruitment hr_recruitment_skills hr_recruitment_survey hr_skills hr_skills_slides hr_skills_survey hr_timesheet
hr_timesheet_attendance hr_work_entry hr_work_entry_contract http_routing iap iap_crm iap_mail im_livechat link_tracker lunch
mail mail_bot mail_bot_hr mail_plugin maintenance mass_mailing mass_mailing_crm mass_mailing_crm_sms mass_mailing_event
mass_mailing_event_sms mass_mailing_event_track mass_mailing_event_track_sms mass_mailing_sale mass_mailing_sale_sms
mass_mailing_slides mass_mailing_sms mass_mailing_themes membership microsoft_account microsoft_calendar microsoft_outlook mrp
mrp_account mrp_landed_costs mrp_product_expiry mrp_repair mrp_subcontracting mrp_subcontracting_account
mrp_subcontracting_dropshipping mrp_subcontracting_purchase partner_autocomplete payment payment_adyen payment_alipay
payment_aps payment_asiapay payment_authorize payment_buckaroo payment_custom payment_demo payment_flutterwave
payment_mercado_pago payment_mollie payment_paypal payment_razorpay payment_sips payment_stripe phone_validation
point_of_sale portal portal_rating pos_adyen pos_discount pos_epson_printer pos_hr pos_loyalty pos_mercury pos_restaurant
pos_sale pos_sale_loyalty pos_sale_margin pos_six pos_stripe privacy_lookup product product_email_template product_expiry
product_images product_margin product_matrix project project_account project_hr_expense project_mail_plugin project_mrp
project_purchase project_sms project_timesheet_holidays purchase purchase_mrp purchase_product_matrix purchase_requisition
purchase_requisition_sale purchase_requisition_stock purchase_stock rating repair resource sale sale_crm sale_expense
sale_loyalty sale_loyalty_delivery sale_management sale_margin sale_mrp sale_mrp_margin sale_product_configurator
sale_product_matrix sale_project sale_purchase sale_purchase_stock sale_service sale_sms sale_stock sale_stock_margin
sale_timesheet sales_team sms snailmail snailmail_account social_media spreadsheet spreadsheet_account spreadsheet_dashboard
spreadsheet_dashboard_account spreadsheet_dashboard_crm spreadsheet_dashboard_event_sale spreadsheet_dashboard_hr_expense
spreadsheet_dashboard_hr_timesheet spreadsheet_dashboard_im_livechat spreadsheet_dashboard_pos_hr
spreadsheet_dashboard_purchase_stock spreadsheet_dashboard_sale spreadsheet_dashboard_sale_timesheet
spreadsheet_dashboard_stock_account spreadsheet_dashboard_website_sale spreadsheet_dashboard_website_sale_slides stock
stock_account stock_dropshipping stock_landed_costs stock_picking_batch stock_sms survey transifex uom utm web web_editor
web_tour web_unsplash website website_blog website_crm website_crm_iap_reveal website_crm_livechat website_crm_partner_assign
website_crm_sms website_customer website_event website_event_booth website_event_booth_exhibitor website_event_booth_sale
website_event_booth_sale_exhibitor website_event_crm website_event_exhibitor website_event_meet website_event_meet_quiz
website_event_sale website_event_track website_event_track_live website_event_track_live_quiz website_event_track_quiz
website_forum website_google_map website_hr_recruitment website_jitsi website_links website_livechat website_mail
website_mail_group website_mass_mailing website_mass_mailing_sms website_membership website_partner website_payment
website_profile website_sale website_sale_autocomplete website_sale_comparison website_sale_comparison_wishlist
website_sale_loyalty website_sale_mrp website_sale_product_configurator website_sale_slides website_sale_stock
website_sale_stock_wishlist website_sale_wishlist website_slides website_slides_forum website_slides_survey website_sms
`.trim().split(/\s+/);

// src/odoo/core-addons/core-addons-16.ts
var coreAddons16 = [
  ...coreAddonsCommon,
  ..."account_edi_ubl_cii_tax_extension account_payment_invoice_online_payment_patch event_booth_sale mail_group note pad pad_project pos_coupon pos_gift_card sale_coupon sale_gift_card sale_quotation_builder website_sale_coupon website_sale_delivery website_sale_gift_card website_sale_delivery_mondialrelay website_twitter fetchmail fetchmail_outlook fetchmail_gmail delivery_mondialrelay coupon gift_card sale_stock_renting hr_timesheet_attendance".split(
    " "
  )
];

// src/odoo/core-addons/core-addons-17.ts
var coreAddons17 = [
  ...coreAddonsCommon,
  ..."account_audit_trail account_payment_term account_peppol account_qr_code_emv delivery_mondialrelay hr_homeworking mail_group onboarding payment_xendit pos_online_payment pos_online_payment_self_order pos_self_order pos_self_order_adyen pos_self_order_stripe pos_paytm pos_razorpay pos_mrp project_todo resource_mail sale_pdf_quote_builder sale_async_emails stock_delivery web_hierarchy website_sale_collect website_sale_mondialrelay website_sale_picking website_sale_stock_product_configurator website_sale_product_configurator html_editor".split(
    " "
  )
];

// src/odoo/core-addons/core-addons-18.ts
var coreAddons18 = [
  ...coreAddonsCommon,
  ..."account_audit_trail account_payment_term account_peppol account_qr_code_emv certificate cloud_storage cloud_storage_azure cloud_storage_google delivery_mondialrelay hr_homeworking html_editor html_builder mail_group marketing_card onboarding payment_xendit payment_nuvei payment_worldline pos_online_payment pos_online_payment_self_order pos_self_order pos_self_order_adyen pos_self_order_stripe pos_paytm pos_razorpay pos_mrp pos_event pos_viva_wallet product_barcodelookup project_todo resource_mail sale_pdf_quote_builder sale_edi_ubl stock_delivery stock_fleet web_hierarchy website_sale_collect website_sale_mondialrelay website_sale_stock_product_configurator website_event_booth_sale_exhibitor website_cf_turnstile".split(
    " "
  )
];

// src/odoo/core-addons/core-addons-for.ts
var SHIPPED = { "16.0": coreAddons16, "17.0": coreAddons17, "18.0": coreAddons18 };
function coreAddonsFor(series, odooSource) {
  if (odooSource) {
    const names = /* @__PURE__ */ new Set();
    for (const dir of [join(odooSource, "addons"), join(odooSource, "odoo", "addons")]) {
      if (safeStat(dir).kind !== "dir") continue;
      for (const name of readdirSync(dir))
        if (safeStat(join(dir, name, "__manifest__.py")).kind === "file") names.add(name);
    }
    if (names.size > 0) return { names, origin: "source" };
  }
  const shipped = SHIPPED[series];
  return shipped ? { names: new Set(shipped), origin: "shipped" } : { names: /* @__PURE__ */ new Set(["base", "web"]), origin: "none" };
}
function looksLikeCoreAddon(name) {
  return /^(l10n_|test_|theme_)/.test(name);
}

// src/odoo/graph/build-addons-graph.ts
function buildAddonsGraph(args) {
  const addons = /* @__PURE__ */ new Map();
  const edges = [];
  const out = /* @__PURE__ */ new Map();
  const into = /* @__PURE__ */ new Map();
  for (const a of args.addons) {
    if (addons.has(a.name)) continue;
    addons.set(a.name, {
      name: a.name,
      path: a.path,
      repo: a.repo,
      summary: a.summary,
      version: a.version,
      license: a.license,
      installable: a.installable ?? true,
      onDisk: true,
      kind: a.kind ?? (a.repo ? "repo" : "custom")
    });
  }
  for (const a of args.addons) {
    if (out.has(a.name)) continue;
    const list = [];
    for (const d of a.depends) {
      if (list.some((e) => e.to === d.name)) continue;
      const edge = { from: a.name, to: d.name, evidence: { file: a.manifestPath, line: d.line, column: d.column } };
      list.push(edge);
      edges.push(edge);
      if (!addons.has(d.name))
        addons.set(d.name, {
          name: d.name,
          path: "",
          summary: "",
          onDisk: false,
          kind: args.isCore?.(d.name) ? "core" : "unknown"
        });
      const back = into.get(d.name) ?? [];
      back.push(edge);
      into.set(d.name, back);
    }
    out.set(a.name, list);
  }
  return { repos: [...args.repos], addons, edges, out, in: into };
}

// src/odoo/layout/detect-addons-paths.ts
import { readdirSync as readdirSync2 } from "node:fs";
import { join as join3 } from "node:path";

// src/odoo/layout/manifest-file-in.ts
import { join as join2 } from "node:path";
var MANIFEST_NAMES = ["__manifest__.py", "__openerp__.py"];
function manifestFileIn(abs) {
  for (const name of MANIFEST_NAMES) if (safeStat(join2(abs, name)).kind === "file") return name;
  return void 0;
}

// src/odoo/layout/detect-addons-paths.ts
var SKIPPED = /* @__PURE__ */ new Set([
  "setup",
  "node_modules",
  "__pycache__",
  "venv",
  "site-packages",
  "test",
  "tests",
  "fixtures",
  "examples"
]);
var MAX_DEPTH = 4;
var MAX_DETECT_FOLDERS = 2e4;
function detectAddonsPaths(args) {
  const exclude = new Set(args.exclude ?? []);
  const maxFolders = args.maxFolders ?? MAX_DETECT_FOLDERS;
  const paths = [];
  let queue = [{ abs: args.root, depth: 0 }];
  let visited = 0;
  while (queue.length > 0) {
    const next = [];
    for (const dir of queue) {
      if (++visited > maxFolders) return { paths, truncated: true };
      const subdirs = listSubfolders(dir.abs);
      let holdsAddon = false;
      for (const name of subdirs) {
        const abs = join3(dir.abs, name);
        if (manifestFileIn(abs) !== void 0) {
          holdsAddon = true;
          continue;
        }
        if (dir.depth + 1 > MAX_DEPTH || SKIPPED.has(name) || exclude.has(toPosixRelative(args.root, abs))) continue;
        if (isOdooSourceTree(abs)) continue;
        next.push({ abs, depth: dir.depth + 1 });
      }
      if (holdsAddon) paths.push(toPosixRelative(args.root, dir.abs));
    }
    queue = next;
  }
  return { paths, truncated: false };
}
function isOdooSourceTree(abs) {
  return safeStat(join3(abs, "odoo-bin")).kind === "file" || safeStat(join3(abs, "odoo", "addons", "base", "__manifest__.py")).kind === "file" || safeStat(join3(abs, "base", "__manifest__.py")).kind === "file";
}
function listSubfolders(abs) {
  try {
    return readdirSync2(abs, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => e.name).sort();
  } catch {
    return [];
  }
}

// src/odoo/layout/load-layout.ts
import { basename, isAbsolute, join as join4, resolve } from "node:path";

// src/odoo/layout/load-json-config.ts
var MAX_JSON_CONFIG_BYTES = 8 * 1024 * 1024;
function loadJsonConfig(args) {
  const { root, abs, display, schema, ruleId } = args;
  const finding = (line, column, message) => ({
    path: display,
    line,
    column,
    level: "failure",
    ruleId,
    message: `${display}:${line}:${column}: ${message}`
  });
  const read = readInside(root, abs, { maxBytes: MAX_JSON_CONFIG_BYTES });
  if (read.kind !== "bytes") {
    const why = read.kind === "missing" ? "does not exist" : read.kind === "loop" ? "is a symlink loop" : read.kind === "outside" ? "is a link leading outside the repository: it was not followed or read" : read.kind === "not-a-file" ? `is a ${read.type}, not a file` : read.kind === "too-large" ? `is ${read.size} bytes, over the ${MAX_JSON_CONFIG_BYTES}-byte limit` : `cannot be read (${read.code})`;
    return { ok: false, missing: read.kind === "missing", findings: [finding(1, 1, `${display} ${why}`)] };
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(read.bytes);
  } catch (error) {
    return {
      ok: false,
      missing: false,
      findings: [
        finding(
          1,
          1,
          `cannot read ${display}: ${error instanceof Error ? error.message : String(error)}; expected UTF-8 JSON`
        )
      ]
    };
  }
  let parsed;
  try {
    parsed = parseJsonWithPositions(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError)
      return {
        ok: false,
        missing: false,
        findings: [finding(error.line, error.column, `invalid JSON: ${error.message}`)]
      };
    throw error;
  }
  const result = schema.safeParse(parsed.value);
  if (result.success) return { ok: true, value: result.data, positions: parsed.positions };
  const findings = result.error.issues.map((issue) => {
    const pointer = nearestPointer(parsed.positions, issue.path);
    const pos = parsed.positions.get(pointer) ?? { line: 1, column: 1 };
    const where = issue.path.length > 0 ? issue.path.map(String).join(".") : "(root)";
    return finding(pos.line, pos.column, `${where}: ${issue.message}`);
  });
  return { ok: false, missing: false, findings };
}
function nearestPointer(positions, path) {
  const parts = path.map((p) => String(p).replaceAll("~", "~0").replaceAll("/", "~1"));
  for (let n = parts.length; n > 0; n--) {
    const pointer = "/" + parts.slice(0, n).join("/");
    if (positions.has(pointer)) return pointer;
  }
  return "";
}

// src/odoo/layout/load-layout.ts
function loadLayout(args) {
  const findings = [];
  const cat = loadJsonConfig({
    root: args.root,
    abs: resolve(args.root, args.reposFile),
    display: args.reposFile,
    schema: addonsCatalogSchema,
    ruleId: "manifest/config-invalid"
  });
  const repos = [];
  let catalog;
  if (cat.ok) {
    catalog = cat.value;
    const at = (pointer) => cat.positions.get(pointer) ?? { line: 1, column: 1 };
    catalog.repos.forEach((r, i) => {
      const path = toPosixRelative(
        args.root,
        resolve(args.root, r.path ?? join4(catalog?.roots.oca_root ?? "vendor/oca", basename(r.name)))
      );
      if (isOutside(path)) {
        findings.push(outside(args.reposFile, at(`/repos/${i}`), `repo ${r.name}`, path));
        return;
      }
      repos.push({
        name: r.name,
        url: r.url,
        branch: r.branch,
        path,
        ...at(`/repos/${i}`),
        modules: r.modules.map((m, k) => ({ name: m, ...at(`/repos/${i}/modules/${k}`) }))
      });
    });
  } else if (!cat.missing) {
    for (const f of cat.findings) findings.push(f);
  }
  const mnt = loadJsonConfig({
    root: args.root,
    abs: resolve(args.root, args.mountsFile),
    display: args.mountsFile,
    schema: mountsFileSchema,
    ruleId: "manifest/config-invalid"
  });
  let mounts;
  if (mnt.ok) {
    mounts = [];
    mnt.value.mounts.forEach((m, i) => {
      const pos = mnt.positions.get(`/mounts/${i}`) ?? { line: 1, column: 1 };
      const path = toPosixRelative(args.root, resolve(args.root, m.path));
      if (isOutside(path)) findings.push(outside(args.mountsFile, pos, `mount ${m.path}`, path));
      else mounts?.push({ ...m, ...pos });
    });
  } else if (!mnt.missing) for (const f of mnt.findings) findings.push(f);
  return {
    catalog,
    repos,
    mounts,
    customRoot: catalog?.roots.ipai_root ?? "addons",
    findings,
    catalogMissing: !cat.ok && cat.missing
  };
}
function isOutside(rel) {
  return rel === ".." || rel.startsWith("../") || isAbsolute(rel);
}
function outside(file, pos, what, path) {
  return {
    path: file,
    ...pos,
    level: "failure",
    ruleId: "manifest/path-outside-repo",
    message: `${what} points outside the repository (${path}); paths must stay inside the checkout`
  };
}

// src/odoo/layout/read-external-addons.ts
import { readFileSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/odoo/layout/resolve-inside.ts
import { realpathSync } from "node:fs";
import { isAbsolute as isAbsolute2, relative, sep } from "node:path";
function resolveInside(rootReal, abs) {
  let real;
  try {
    real = realpathSync.native(abs);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    return { kind: code === "ENOENT" || code === "ENOTDIR" ? "missing" : code === "ELOOP" ? "loop" : "error" };
  }
  const rel = relative(rootReal, real);
  return rel.split(sep)[0] === ".." || isAbsolute2(rel) ? { kind: "outside", real } : { kind: "inside", real };
}
function realRoot(root) {
  try {
    return realpathSync.native(root);
  } catch {
    return root;
  }
}

// src/odoo/layout/read-external-addons.ts
var REQUIREMENT_FILES = ["requirements.txt", "test-requirements.txt"];
var OCA_DEPENDENCIES_FILE = "oca_dependencies.txt";
var MAX_FILE_BYTES = 256 * 1024;
var ADDON_PACKAGE = /^odoo(?:\d{1,2})?-addon-([A-Za-z0-9][A-Za-z0-9._-]*)$/i;
function readExternalAddons(root) {
  const required = /* @__PURE__ */ new Map();
  for (const file of REQUIREMENT_FILES) {
    readLines(root, file).forEach((raw, i) => {
      const line = raw.replace(/(^|\s)#(?!egg=).*$/, "").trim();
      const names = [
        /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1],
        /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1]
      ];
      for (const name of names) {
        const addon = name === void 0 ? void 0 : ADDON_PACKAGE.exec(name)?.[1];
        if (addon !== void 0 && !required.has(toAddonName(addon)))
          required.set(toAddonName(addon), { file, line: i + 1, requirement: name ?? "" });
      }
    });
  }
  const ocaRepos = [];
  readLines(root, OCA_DEPENDENCIES_FILE).forEach((raw, i) => {
    const name = raw.replace(/#.*$/, "").trim().split(/\s+/)[0];
    if (name) ocaRepos.push({ name, file: OCA_DEPENDENCIES_FILE, line: i + 1 });
  });
  return { required, ocaRepos };
}
function toAddonName(packageSuffix) {
  return packageSuffix.toLowerCase().replace(/[-.]/g, "_");
}
function readLines(root, file) {
  const abs = resolve2(root, file);
  const stat = safeStat(abs);
  if (stat.kind !== "file" || stat.size > MAX_FILE_BYTES) return [];
  if (resolveInside(realRoot(root), abs).kind !== "inside") return [];
  try {
    return readFileSync(abs, "utf8").split(/\r?\n/);
  } catch {
    return [];
  }
}

// src/odoo/layout/read-template-series.ts
function readTemplateSeries(root) {
  const read = readInside(root, ".copier-answers.yml", { maxBytes: 64 * 1024 });
  if (read.kind !== "bytes") return void 0;
  return /^odoo_version:\s*['"]?(\d{1,2}\.0)['"]?\s*$/m.exec(read.bytes.toString("utf8"))?.[1];
}

// src/odoo/layout/scan-addons-paths.ts
import { lstatSync, readdirSync as readdirSync3 } from "node:fs";
import { join as join5, resolve as resolve3 } from "node:path";
function scanAddonsPaths(args) {
  const addons = [];
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const rootReal = realRoot(args.root);
  const problem = (path, ruleId, message) => {
    findings.push({ path, line: 1, level: "failure", ruleId, message });
  };
  for (const p of args.paths) {
    const abs = resolve3(args.root, p);
    const rel = toPosixRelative(args.root, abs);
    if (seen.has(rel)) continue;
    seen.add(rel);
    const where = resolveInside(rootReal, abs);
    if (where.kind === "loop") {
      problem(rel, "manifest/symlink-loop", `addons path ${rel} is a symlink loop; Odoo cannot read it`);
      continue;
    }
    if (where.kind === "outside") {
      problem(rel, "manifest/path-outside-repo", `addons path ${rel} is a link that leaves the repository; not read`);
      continue;
    }
    if (where.kind !== "inside" || safeStat(abs).kind !== "dir") continue;
    let entries;
    try {
      entries = readdirSync3(abs, { withFileTypes: true }).sort(
        (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0
      );
    } catch (error) {
      problem(
        rel,
        "manifest/unreadable",
        `cannot list addons path ${rel}: ${error instanceof Error ? error.message : String(error)}`
      );
      continue;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name === "setup" || name.startsWith(".") || name === "__pycache__") continue;
      if (!entry.isDirectory() && !entry.isSymbolicLink()) continue;
      const dir = join5(abs, name);
      const dirRel = toPosixRelative(args.root, dir);
      const linked = entry.isSymbolicLink();
      const kind = linked ? safeStat(dir).kind : "dir";
      if (kind === "loop") {
        problem(
          dirRel,
          "manifest/symlink-loop",
          `${dirRel} in addons path ${rel} is a symlink loop; remove or fix the link`
        );
        continue;
      }
      if (kind !== "dir") continue;
      const found = manifestIn(dir);
      if (found === void 0) continue;
      const manifestFile = found.name;
      if ((linked || found.linked) && resolveInside(rootReal, join5(dir, manifestFile)).kind === "outside") {
        problem(
          `${dirRel}/${manifestFile}`,
          "manifest/path-outside-repo",
          `${dirRel} is (or holds) a link that leaves the repository; its manifest is not read`
        );
        continue;
      }
      addons.push({ name, dir: dirRel, manifestFile, addonsPath: rel, repo: args.repoOf(dirRel) });
    }
  }
  return { addons, findings };
}
function manifestIn(dir) {
  for (const name of MANIFEST_NAMES) {
    const stat = lstatSync(join5(dir, name), { throwIfNoEntry: false });
    if (stat) return { name, linked: stat.isSymbolicLink() };
  }
  return void 0;
}

// src/odoo/manifest/dict-entry.ts
function dictEntry(dict, key) {
  return dict.entries.find((e) => e.key.kind === "str" && e.key.value === key);
}
function dictString(dict, key) {
  const v = dictEntry(dict, key)?.value;
  return v?.kind === "str" ? v.value : void 0;
}
function stringItems(v) {
  if (v === void 0 || v.kind !== "list" && v.kind !== "tuple") return void 0;
  return v.items.flatMap((i) => i.kind === "str" ? [{ value: i.value, line: i.line, column: i.column }] : []);
}
function isTruthy(v, fallback) {
  if (v === void 0) return fallback;
  switch (v.kind) {
    case "bool":
      return v.value;
    case "none":
      return false;
    case "int":
      return v.value !== 0n;
    case "float":
      return v.value !== 0;
    case "str":
      return v.value !== "";
    case "list":
    case "tuple":
    case "set":
      return v.items.length > 0;
    case "dict":
      return v.entries.length > 0;
    default:
      return true;
  }
}

// src/odoo/manifest/resolve-series.ts
var SERIES_OF_VERSION = /^(\d{1,2}\.0)\.\d+\.\d+\.\d+$/;
var SERIES_OF_BRANCH = /^(?:refs\/heads\/)?(\d{1,2}\.0)(?:$|[-_/.])/;
function resolveSeries(args) {
  if (args.configured !== "auto") return { series: args.configured, from: "config", detail: "manifest.series" };
  const byManifest = dominant(args.versions.map((v) => SERIES_OF_VERSION.exec(v)?.[1]));
  if (byManifest) {
    const total = args.versions.filter((v) => SERIES_OF_VERSION.test(v)).length;
    return {
      series: byManifest.value,
      from: "manifests",
      detail: `${byManifest.count} of ${total} installable ${total === 1 ? "addon is" : "addons are"} ${byManifest.value}.x.y.z`
    };
  }
  const byBranch = args.branch ? SERIES_OF_BRANCH.exec(args.branch)?.[1] : void 0;
  if (byBranch && args.branch) return { series: byBranch, from: "branch", detail: `the checkout is on ${args.branch}` };
  if (args.templateSeries)
    return { series: args.templateSeries, from: "template", detail: "odoo_version in .copier-answers.yml" };
  if (args.catalogSeries) return { series: args.catalogSeries, from: "catalog", detail: 'its "series"' };
  const byRepos = dominant(args.repoBranches.map((b) => /^\d+\.0$/.test(b) ? b : void 0));
  if (byRepos)
    return {
      series: byRepos.value,
      from: "catalog repos",
      detail: `${byRepos.count} listed ${byRepos.count === 1 ? "repo is" : "repos are"} on branch ${byRepos.value}`
    };
  return {
    series: "17.0",
    from: "default",
    detail: "none found in the addons' versions, the branch name, .copier-answers.yml or a catalog; set manifest.series"
  };
}
function dominant(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) if (v !== void 0) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || second && second[1] === first[1]) return void 0;
  return { value: first[0], count: first[1] };
}

// src/odoo/manifest/load-addons-workspace.ts
function loadAddonsWorkspace(s) {
  const layout = loadLayout({ root: s.root, reposFile: s.reposFile, mountsFile: s.mountsFile });
  const repoOf = (dir) => layout.repos.find((r) => dir === r.path || dir.startsWith(r.path + "/"))?.name;
  const findings = [];
  const addonsPaths = chooseAddonsPaths(s, layout, findings);
  const paths = [...addonsPaths.paths, ...layout.repos.map((r) => r.path)].filter(
    (p) => !isOutside(toPosixRelative(s.root, resolve4(s.root, p)))
  );
  const scan = scanAddonsPaths({ root: s.root, paths, repoOf });
  findings.push(...scan.findings);
  const listed = /* @__PURE__ */ new Map();
  for (const r of layout.repos)
    for (const m of r.modules) if (!listed.has(m.name)) listed.set(m.name, { repo: r.name, branch: r.branch });
  const parsed = /* @__PURE__ */ new Map();
  const selected = [];
  for (const d of scan.addons) {
    const manifestPath = `${d.dir}/${d.manifestFile}`;
    const repo = layout.repos.find((r) => r.name === d.repo);
    const isSelected = repo === void 0 || repo.modules.some((m) => m.name === d.name);
    if (parsed.has(d.name)) {
      const first = parsed.get(d.name);
      if (isSelected)
        findings.push({
          path: manifestPath,
          line: 1,
          level: "warning",
          ruleId: "manifest/addon-duplicate",
          message: `addon ${d.name} exists twice, in ${first?.dir} and ${d.dir}: Odoo uses the first addons path that has it (${first?.dir})`
        });
      continue;
    }
    const read = readManifestFile(resolve4(s.root, manifestPath), s.maxManifestBytes);
    if (!read.ok) {
      const p = read.problem;
      findings.push({
        path: manifestPath,
        line: p.line,
        column: p.column,
        level: isSelected ? "failure" : "warning",
        ruleId: p.ruleId,
        message: `${d.name}: ${p.message}`
      });
      continue;
    }
    const addon = {
      name: d.name,
      dir: d.dir,
      manifestPath,
      repo: repo ? { name: repo.name, branch: repo.branch } : void 0,
      manifest: read.manifest,
      selected: isSelected,
      installable: isTruthy(dictEntry(read.manifest, "installable")?.value, true)
    };
    if (isSelected && safeStat(resolve4(s.root, d.dir, "__init__.py")).kind !== "file" && repo === void 0) {
      findings.push({
        path: manifestPath,
        line: 1,
        level: "failure",
        ruleId: "manifest/module-not-addon",
        message: `module ${d.name} (${d.dir}) has no __init__.py, so Odoo cannot import it`
      });
    }
    parsed.set(d.name, addon);
    if (isSelected) selected.push(addon);
  }
  const seriesFrom = resolveSeries({
    configured: s.series,
    versions: selected.flatMap((a) => a.installable ? [dictString(a.manifest, "version") ?? ""] : []),
    branch: s.branch,
    templateSeries: readTemplateSeries(s.root),
    catalogSeries: layout.catalog?.series,
    repoBranches: layout.repos.map((r) => r.branch)
  });
  const series = seriesFrom.series;
  const core = coreAddonsFor(series, s.odooSourcePath ? resolve4(s.root, s.odooSourcePath) : void 0);
  if (s.odooSourcePath && core.origin !== "source") {
    findings.push({
      path: ".github/oda.yml",
      line: 1,
      level: "warning",
      ruleId: "manifest/odoo-source",
      message: `manifest.odooSourcePath ${s.odooSourcePath} holds no addons (looked in ${join6(s.odooSourcePath, "addons")} and ${join6(s.odooSourcePath, "odoo/addons")}); using oda's shipped ${series} core list`
    });
  }
  const graph = buildAddonsGraph({
    repos: [
      ...layout.repos.map((r) => ({
        name: r.name,
        path: r.path,
        branch: r.branch,
        addons: [...parsed.values()].filter((a) => a.repo?.name === r.name).map((a) => a.name)
      })),
      {
        name: ".",
        path: addonsPaths.paths[0] ?? layout.customRoot,
        addons: [...parsed.values()].filter((a) => !a.repo).map((a) => a.name)
      }
    ],
    addons: [...parsed.values()].map((a) => ({
      name: a.name,
      path: a.dir,
      repo: a.repo?.name,
      manifestPath: a.manifestPath,
      summary: dictString(a.manifest, "summary") ?? dictString(a.manifest, "name") ?? "",
      version: dictString(a.manifest, "version"),
      license: dictString(a.manifest, "license"),
      installable: a.installable,
      depends: (stringItems(dictEntry(a.manifest, "depends")?.value) ?? []).map((d) => ({
        name: d.value,
        line: d.line,
        column: d.column
      }))
    })),
    isCore: (n) => core.names.has(n)
  });
  return {
    root: s.root,
    series,
    seriesFrom,
    layout,
    addonsPaths,
    discovered: scan.addons,
    parsed,
    selected,
    listed,
    external: readExternalAddons(s.root),
    core,
    graph,
    findings
  };
}
function chooseAddonsPaths(s, layout, findings) {
  if (layout.mounts !== void 0)
    return { paths: [...layout.mounts.map((m) => m.path), ...s.addonsPaths, layout.customRoot], from: "mounts" };
  if (s.addonsPaths.length > 0) return { paths: [...s.addonsPaths, layout.customRoot], from: "config" };
  const exclude = [
    ...layout.repos.map((r) => r.path),
    ...layout.catalog ? [toPosixRelative(s.root, resolve4(s.root, layout.catalog.roots.oca_root))] : [],
    ...s.odooSourcePath ? [toPosixRelative(s.root, resolve4(s.root, s.odooSourcePath))] : []
  ];
  const detected = detectAddonsPaths({ root: s.root, exclude });
  if (detected.truncated)
    findings.push({
      path: ".",
      line: 1,
      level: "warning",
      ruleId: "manifest/layout-incomplete",
      message: `stopped looking for addons folders after ${formatCount(MAX_DETECT_FOLDERS)} folders, so some addons may not be checked: list them in manifest.addonsPaths`
    });
  return { paths: detected.paths.length > 0 ? detected.paths : [layout.customRoot], from: "detected" };
}

export {
  addonsCatalogSchema,
  parseJsonWithPositions,
  safeStat,
  looksLikeCoreAddon,
  MANIFEST_NAMES,
  resolveInside,
  realRoot,
  REQUIREMENT_FILES,
  OCA_DEPENDENCIES_FILE,
  dictEntry,
  dictString,
  stringItems,
  loadAddonsWorkspace
};
