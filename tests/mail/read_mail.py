"""Reads a message as a mail program would (Python's email package) and prints, as JSON, its
text and each attachment's file name, content type and the SHA-256 of its decoded bytes."""
import email
import email.policy
import hashlib
import json
import sys

with open(sys.argv[1], "rb") as wire:
    message = email.message_from_binary_file(wire, policy=email.policy.default)
read = {"text": message.get_body(preferencelist=("plain",)).get_content(), "attachments": []}
for part in message.iter_attachments():
    read["attachments"].append({
        "file_name": part.get_filename(),
        "content_type": part.get_content_type(),
        "sha256": hashlib.sha256(part.get_payload(decode=True)).hexdigest(),
    })
print(json.dumps(read))
