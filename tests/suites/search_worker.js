// Run Material for MkDocs' own search worker under node, on a built site's search index.
//
// Reads one JSON object on stdin:
//   {"site": "<built site folder>", "queries": ["AP-PY03", ...], "page_script": true}
// and writes one JSON array on stdout: for each query, the ranked result groups, each a
// list of the locations it shows (best first), as the search dialog would list them.
//
// The worker is the built `assets/javascripts/workers/search.*.min.js`, loaded in a `vm`
// context that stands in for a web worker (`self`, `addEventListener`, `postMessage`).
// With "page_script", each query first goes through `rulebookSearchQuery` from the
// built `assets/search-ids.js`, exactly as the page's script does before posting it.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

function loadWorker(site) {
  const folder = path.join(site, "assets", "javascripts", "workers");
  const names = fs.readdirSync(folder).filter((name) => /^search\..*\.min\.js$/.test(name));
  if (names.length !== 1) {
    throw new Error(`expected one search worker in ${folder}, found ${names}`);
  }
  const listeners = [];
  const replies = [];
  const context = {
    console,
    setTimeout,
    clearTimeout,
    addEventListener: (type, listener) => {
      if (type === "message") {
        listeners.push(listener);
      }
    },
    postMessage: (message) => replies.push(message),
    importScripts: () => {
      throw new Error("the search worker asked for language scripts: not expected");
    },
  };
  context.self = context;
  vm.createContext(context);
  vm.runInContext(fs.readFileSync(path.join(folder, names[0]), "utf8"), context);
  if (listeners.length === 0) {
    throw new Error("the search worker registered no message listener");
  }
  async function send(message) {
    const before = replies.length;
    for (const listener of listeners) {
      await listener({ data: message });
    }
    // The worker answers asynchronously (its handler is async): wait for the reply.
    for (let turn = 0; replies.length === before; turn += 1) {
      if (turn > 1000) {
        throw new Error(`no reply to ${JSON.stringify(message).slice(0, 80)}`);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    return replies[replies.length - 1];
  }
  return send;
}

function loadPageScript(site) {
  const context = { console };
  context.globalThis = context;
  vm.createContext(context);
  vm.runInContext(fs.readFileSync(path.join(site, "assets", "search-ids.js"), "utf8"), context);
  if (typeof context.rulebookSearchQuery !== "function") {
    throw new Error("assets/search-ids.js defines no rulebookSearchQuery");
  }
  return context.rulebookSearchQuery;
}

async function main() {
  const request = JSON.parse(fs.readFileSync(0, "utf8"));
  const send = loadWorker(request.site);
  const transform = request.page_script ? loadPageScript(request.site) : (query) => query;
  const index = JSON.parse(
    fs.readFileSync(path.join(request.site, "search", "search_index.json"), "utf8")
  );
  const ready = await send({
    type: 0,
    data: { config: index.config, docs: index.docs, options: { suggest: false } },
  });
  if (ready.type !== 1) {
    throw new Error(`the search worker did not get ready: ${JSON.stringify(ready)}`);
  }
  const answers = [];
  for (const query of request.queries) {
    const reply = await send({ type: 2, data: transform(query) });
    answers.push(reply.data.items.map((group) => group.map((item) => item.location)));
  }
  process.stdout.write(JSON.stringify(answers));
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
