#!/usr/bin/python3
# A mail server for the tests, on loopback only: Debian's aiosmtpd (python3-aiosmtpd). Each
# message received is written to FOLDER as N.eml (the bytes as they arrived) and N.json (the
# envelope, the headers and text as Python's email parser decodes them, and each attached file,
# written decoded as N.attachment1 …), the JSON renamed into place only when whole. Optional: a login (--user/--password; a wrong one is refused with 535)
# and an address refused at RCPT (--refuse, 550). Runs until SIGTERM.
import argparse
import email
import email.policy
import json
import os
import signal
import sys
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


def attachments(message, stem):
    """Each attached file written decoded beside the message, as N.attachment1, N.attachment2 …"""
    files = []
    for index, part in enumerate(message.iter_attachments(), 1):
        path = "%s.attachment%d" % (stem, index)
        with open(path, "wb") as out:
            out.write(part.get_payload(decode=True))
        files.append({"file_name": part.get_filename(), "content_type": part.get_content_type(), "file": path})
    return files


class Sink:
    def __init__(self, folder, refused):
        self.folder = folder
        self.refused = refused
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == self.refused:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        stem = os.path.join(self.folder, str(self.count))
        with open(stem + ".eml", "wb") as raw:
            raw.write(envelope.original_content or envelope.content)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        decoded = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "from": str(message["From"]),
            "to": str(message["To"]),
            "subject": str(message["Subject"]),
            "date": str(message["Date"]),
            "message_id": str(message["Message-ID"]),
            "mime_version": str(message["MIME-Version"]),
            "content_type": message.get_content_type(),
            "charset": message.get_content_charset(),
            "transfer_encoding": str(message["Content-Transfer-Encoding"]),
            "body": message.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n"),
            "attachments": attachments(message, stem),
            "defects": [type(defect).__name__ for defect in message.defects],
        }
        with open(stem + ".json.partial", "w", encoding="utf-8") as out:
            json.dump(decoded, out, ensure_ascii=False)
        os.rename(stem + ".json.partial", stem + ".json")
        return "250 Message accepted"


def main():
    # aiosmtpd 1.4 warns about its own use of a deprecated field on every login.
    warnings.simplefilter("ignore", DeprecationWarning)
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--folder", required=True)
    parser.add_argument("--user", default="")
    parser.add_argument("--password", default="")
    parser.add_argument("--refuse", default="")
    options = parser.parse_args()

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = auth_data.login.decode() == options.user and auth_data.password.decode() == options.password
        return AuthResult(success=ok, handled=False)  # False: the server itself answers 535

    login = {}
    if options.user:
        login = {"authenticator": authenticate, "auth_require_tls": False}
    controller = Controller(Sink(options.folder, options.refuse), hostname="127.0.0.1", port=options.port,
                            **login)
    controller.start()
    signal.signal(signal.SIGTERM, lambda *_: (controller.stop(), sys.exit(0)))
    while True:
        signal.pause()


if __name__ == "__main__":
    main()
