import json
P={p["id"]:p for p in json.load(open("/tmp/ho36/fields/corpus/pool.json"))}
