// Checks no schema can make: that objects point at objects that exist, and that the chat model has one
// name in the app's settings, the vLLM server and llm-models/models.json.

const podSpecs = objects => objects
  .filter(({ object }) => object.kind === "Deployment")
  .map(({ where, object }) => ({ where, name: object.metadata.name, labels: object.spec.template.metadata.labels,
    selector: object.spec.selector.matchLabels, pod: object.spec.template.spec }));

const named = (objects, kind) => new Map(objects
  .filter(({ object }) => object.kind === kind).map(({ object }) => [object.metadata.name, object]));

const matches = (selector, labels) => Object.entries(selector).every(([k, v]) => labels?.[k] === v);

const argValue = (args, flag) => args?.find(a => a.startsWith(`--${flag}=`))?.slice(flag.length + 3);

function checkEnvSources(deployments, configMaps, secrets, report) {
  for (const d of deployments) {
    for (const c of d.pod.containers) {
      for (const from of c.envFrom ?? []) {
        if (from.configMapRef && !configMaps.has(from.configMapRef.name)) report(d.where, `no ConfigMap ${from.configMapRef.name}`);
        if (from.secretRef && !secrets.has(from.secretRef.name)) report(d.where, `no Secret ${from.secretRef.name}`);
      }
      for (const env of c.env ?? []) {
        const ref = env.valueFrom?.secretKeyRef;
        const secret = ref && secrets.get(ref.name);
        if (ref && !ref.optional && !(secret?.stringData ?? secret?.data ?? {})[ref.key]) {
          report(d.where, `${env.name}: Secret ${ref.name} has no key ${ref.key}`);
        }
      }
    }
  }
}

function checkSelectors(objects, deployments, report) {
  for (const d of deployments) {
    if (!matches(d.selector, d.labels)) report(d.where, "selector does not match the pod template's labels");
  }
  for (const { where, object } of objects.filter(o => o.object.kind === "Service")) {
    const targets = deployments.filter(d => matches(object.spec.selector, d.labels));
    if (targets.length === 0) report(where, "selects no Deployment's pods");
    for (const port of object.spec.ports) {
      const named = typeof port.targetPort === "string";
      const found = targets.every(d => d.pod.containers.some(c => c.ports?.some(p => p.name === port.targetPort)));
      if (named && !found) report(where, `targetPort ${port.targetPort} is not a named port of the selected pods`);
    }
  }
  for (const { where, object } of objects.filter(o => ["HorizontalPodAutoscaler"].includes(o.object.kind))) {
    const target = deployments.find(d => d.name === object.spec.scaleTargetRef.name);
    if (!target) report(where, `scales no Deployment ${object.spec.scaleTargetRef.name}`);
    else if (!target.pod.containers.every(c => c.resources?.requests?.cpu)) {
      report(where, "CPU utilisation needs a CPU request on every container of the target");
    }
  }
}

function checkModelNames(configMaps, deployments, compose, manifest, report) {
  const appModel = configMaps.get("aisle-config")?.data?.AISLE_LLM_OPENAI_MODEL;
  const vllm = deployments.find(d => d.name === "vllm")?.pod.containers[0];
  const served = argValue(vllm?.args, "served-model-name");
  const repo = argValue(vllm?.args, "model");
  if (appModel !== served) report("deploy/k8s", `the app asks for model ${appModel}, vLLM serves ${served}`);
  const composeModel = /:-([^}]+)}/.exec(compose.services.app.environment.AISLE_LLM_OPENAI_MODEL)?.[1];
  if (!manifest) return;
  const entry = manifest.find(m => m.name === served);
  if (!entry) report("deploy/k8s/vllm.yaml", `served model ${served} is not in llm-models/models.json`);
  else if (entry.repo !== repo) report("deploy/k8s/vllm.yaml", `--model ${repo}, but models.json says ${entry.repo} for ${served}`);
  if (!manifest.some(m => m.name === composeModel)) {
    report("deploy/compose/compose.yaml", `default model ${composeModel} is not in llm-models/models.json`);
  }
}

export function checkReferences(objects, compose, manifest, report) {
  const deployments = podSpecs(objects);
  checkEnvSources(deployments, named(objects, "ConfigMap"), named(objects, "Secret"), report);
  checkSelectors(objects, deployments, report);
  checkModelNames(named(objects, "ConfigMap"), deployments, compose, manifest, report);
}
