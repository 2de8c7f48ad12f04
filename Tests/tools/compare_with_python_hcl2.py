#!/usr/bin/env python3
"""Compares what `scopecheck inventory --format json` reads from OAuth clients and auth roles
with what an independent HCL implementation (python-hcl2) reads from the same files.

Usage: compare_with_python_hcl2.py SCOPECHECK_BINARY DIR...

Every DIR (and every directory below it holding .tf files) is inventoried. For each
genesyscloud_oauth_client and genesyscloud_auth_role resource, each attribute that python-hcl2
reads as a plain literal (no interpolation) must equal scopecheck's resolved value; attributes
written as expressions are skipped (scopecheck evaluates them, python-hcl2 does not). Exits 1
on any mismatch, or when nothing was compared.
"""
import json
import os
import subprocess
import sys

import hcl2

CLIENT_ATTRIBUTES = ["name", "description", "authorized_grant_type", "scopes", "access_token_validity_seconds",
                     "state", "registered_redirect_uris"]
ROLE_ATTRIBUTES = ["name", "description", "permissions"]
POLICY_ATTRIBUTES = ["domain", "entity_name", "action_set"]
MISSING = object()


def literal(value):
    """The plain value python-hcl2 read, or MISSING when it is an expression."""
    if isinstance(value, bool) or isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        if "${" in value or "%{" in value:
            return MISSING
        if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
            return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        return MISSING  # a bare expression such as a reference
    if isinstance(value, list):
        items = [literal(item) for item in value]
        return MISSING if any(item is MISSING for item in items) else items
    return MISSING


def hcl2_resources(directory):
    """(type, name) -> attributes, for the resources of one module directory."""
    found = {}
    for entry in sorted(os.listdir(directory)):
        if not entry.endswith(".tf"):
            continue
        with open(os.path.join(directory, entry), encoding="utf-8") as handle:
            document = hcl2.load(handle)
        for block in document.get("resource", []):
            for rtype, named in block.items():
                for name, body in named.items():
                    key = (rtype.strip('"'), name.strip('"'))
                    found.setdefault(key, body)  # first declaration wins, as in scopecheck
    return found


def module_directories(roots):
    for root in roots:
        for current, folders, files in os.walk(root):
            folders[:] = sorted(f for f in folders if not f.startswith("."))
            if any(name.endswith(".tf") for name in files):
                yield current


def main():
    binary, roots = sys.argv[1], sys.argv[2:]
    compared = skipped = 0
    mismatches = []
    for directory in module_directories(roots):
        ours = json.loads(subprocess.run([binary, "inventory", "--format", "json", directory], check=False,
                                         capture_output=True, text=True).stdout)
        theirs = hcl2_resources(directory)
        items = [(item, CLIENT_ATTRIBUTES) for item in ours["clients"]] + \
                [(item, ROLE_ATTRIBUTES) for item in ours["roles"]]
        for item, names in items:
            # Child modules' resources are compared when their own directory is walked.
            if item["mode"] != "managed" or item["address"].startswith("module."):
                continue
            rtype, rname = item["address"].split("[")[0].split(".")
            body = theirs.get((rtype, rname))
            if body is None:
                mismatches.append(f"{directory}: python-hcl2 has no {item['address']}")
                continue
            attributes = item["attributes"]
            for name in names:
                expected = literal(body[name]) if name in body else MISSING
                if expected is MISSING:
                    skipped += 1
                    continue
                compared += 1
                if attributes.get(name) != expected:
                    mismatches.append(f"{directory}: {item['address']}.{name}: scopecheck {attributes.get(name)!r}, python-hcl2 {expected!r}")
            policies = body.get("permission_policies", [])
            ours_policies = attributes.get("permission_policies", [])
            if len(policies) != len(ours_policies):
                mismatches.append(f"{directory}: {item['address']}: {len(ours_policies)} policies, python-hcl2 {len(policies)}")
                continue
            for theirs_policy, our_policy in zip(policies, ours_policies):
                for name in POLICY_ATTRIBUTES:
                    expected = literal(theirs_policy.get(name, MISSING)) if name in theirs_policy else MISSING
                    if expected is MISSING:
                        skipped += 1
                        continue
                    compared += 1
                    if our_policy.get(name) != expected:
                        mismatches.append(f"{directory}: {item['address']} policy {name}: scopecheck {our_policy.get(name)!r}, python-hcl2 {expected!r}")
    for line in mismatches:
        print("MISMATCH", line)
    print(f"python-hcl2 comparison: {compared} values compared, {skipped} expressions skipped, {len(mismatches)} mismatches")
    return 1 if mismatches or compared == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
