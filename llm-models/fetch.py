#!/usr/bin/env python3
"""Fetch a model listed in models.json from the Hugging Face Hub into llm-models/<name>/.

  python3 llm-models/fetch.py qwen2.5-0.5b-instruct      # download (resumes, skips verified files)
  python3 llm-models/fetch.py --verify qwen2.5-0.5b-instruct
  python3 llm-models/fetch.py --list

Every file is checked against the checksum the Hub publishes for it (SHA-256 for LFS files such as
weights, the git blob SHA-1 for small files); the verified sums are written to <name>/SHA256SUMS.
Gated models (Llama) need HF_TOKEN. Standard library only.
"""
import hashlib, json, os, sys, urllib.parse, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
HUB = os.environ.get("HF_ENDPOINT", "https://huggingface.co")


def manifest():
    with open(os.path.join(HERE, "models.json")) as f:
        return {m["name"]: m for m in json.load(f)["models"]}


def request(url, data=None):
    headers = {"User-Agent": "aisle-fetch"}
    if os.environ.get("HF_TOKEN"):
        headers["Authorization"] = "Bearer " + os.environ["HF_TOKEN"]
    return urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers), timeout=60)


def remote_checksums(model):
    """{path: (kind, hex, size)} from the Hub's paths-info API."""
    body = urllib.parse.urlencode([("paths", p) for p in model["files"]]).encode()
    url = f"{HUB}/api/models/{model['repo']}/paths-info/{urllib.parse.quote(model['revision'], safe='')}"
    with request(url, body) as r:
        infos = json.load(r)
    sums = {}
    for info in infos:
        if info.get("lfs"):
            sums[info["path"]] = ("sha256", info["lfs"]["oid"], info["lfs"]["size"])
        else:
            sums[info["path"]] = ("git-sha1", info["oid"], info["size"])
    missing = set(model["files"]) - set(sums)
    if missing:
        sys.exit(f"the Hub does not list {sorted(missing)} for {model['repo']}@{model['revision']}")
    return sums


def digest(path, kind):
    size = os.path.getsize(path)
    h = hashlib.sha256() if kind == "sha256" else hashlib.sha1(b"blob %d\0" % size)
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def download(model, path, target):
    url = f"{HUB}/{model['repo']}/resolve/{urllib.parse.quote(model['revision'], safe='')}/{path}"
    partial = target + ".part"
    with request(url) as r, open(partial, "wb") as out:
        total, done = int(r.headers.get("Content-Length", 0)), 0
        for chunk in iter(lambda: r.read(1 << 20), b""):
            out.write(chunk)
            done += len(chunk)
            if total:
                print(f"\r  {path}: {done * 100 // total}%", end="", flush=True)
    print()
    os.replace(partial, target)


def fetch(name, verify_only):
    model = manifest().get(name) or sys.exit(f"unknown model {name}; see --list")
    folder = os.path.join(HERE, name)
    os.makedirs(folder, exist_ok=True)
    sums = remote_checksums(model)
    lines = []
    for path in model["files"]:
        kind, expected, _size = sums[path]
        target = os.path.join(folder, path)
        ok = os.path.exists(target) and digest(target, kind) == expected
        if not ok and verify_only:
            sys.exit(f"{path}: missing or checksum mismatch")
        if not ok:
            download(model, path, target)
            if digest(target, kind) != expected:
                os.remove(target)
                sys.exit(f"{path}: checksum mismatch after download (expected {kind} {expected})")
        lines.append(f"{digest(target, 'sha256')}  {path}\n")
        print(f"{path}: verified ({kind})")
    with open(os.path.join(folder, "SHA256SUMS"), "w") as f:
        f.writelines(lines)
    print(f"{name} ready in {folder}\nrun with: AISLE_LLM_PROVIDER=local AISLE_LLM_LOCAL_MODEL_DIR={folder}")


def main(args):
    if args == ["--list"]:
        for m in manifest().values():
            print(f"{m['name']:24} {m['repo']:36} {m['parameters']:>6}  {m['license']}")
    elif len(args) == 2 and args[0] == "--verify":
        fetch(args[1], True)
    elif len(args) == 1 and not args[0].startswith("-"):
        fetch(args[0], False)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except OSError as e:  # URLError and HTTPError are OSErrors
        sys.exit(f"cannot fetch from {HUB}: {e} (offline? gated model without HF_TOKEN?)")
