#!/usr/bin/env python3
"""Validate a SARIF log against a SARIF JSON schema.

Usage: validate_sarif.py LOG.sarif SCHEMA.json

Uses the JSON Schema draft the schema declares in "$schema" (the OASIS SARIF 2.1.0 schema
declares draft-04), falling back to Draft 7. Formats such as "uri" are checked where the
jsonschema package can check them. Prints every error with its location in the log and exits
with 1 when the log is invalid, 2 on a usage or input error, 0 when it is valid.
"""

import json
import sys

import jsonschema


def load(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def main(argv):
    if len(argv) != 3:
        print(f"usage: {argv[0]} LOG.sarif SCHEMA.json", file=sys.stderr)
        return 2
    try:
        log = load(argv[1])
        schema = load(argv[2])
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

    validator_class = jsonschema.validators.validator_for(schema, default=jsonschema.Draft7Validator)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda error: list(error.absolute_path))
    for error in errors:
        location = "/".join(str(part) for part in error.absolute_path) or "(root)"
        print(f"{argv[1]}: {location}: {error.message}")
    if errors:
        print(f"{argv[1]}: {len(errors)} schema error(s)")
        return 1
    print(f"{argv[1]}: valid ({validator_class.__name__})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
