#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>

#include "app/cli/cli_context.h"

namespace knotwork::cli {

// A passphrase given in a file (--passphrase-file, --new-passphrase-file): its first line without
// the line ending. NotFoundError when it cannot be read, ValidationError naming `option` when the
// first line is empty. Warns on `warnings` when others than its owner may read the file.
std::string readPassphraseFile(const std::filesystem::path& file, const std::string& option, std::ostream& warnings);

// Whether a person can be asked: standard input is a terminal.
bool standardInputIsTerminal();

// Prints `prompt` on `prompts` and reads one line from the terminal without showing what is
// typed. PassphraseError (Needed) when nothing can be read (end of input).
std::string askHidden(const std::string& prompt, std::ostream& prompts);

// Calls `open` with the passphrase of the practice `file`: the one from --passphrase-file, else
// none. When the practice turns out to need one, asks on the terminal (up to three tries, saying
// "Wrong passphrase" between them); without a terminal, PassphraseError telling to use
// --passphrase-file. Returns the passphrase that opened it (empty for a plain practice).
std::string withPracticePassphrase(const CliContext& context, const std::filesystem::path& file,
                                   const std::function<void(const std::string&)>& open);

} // namespace knotwork::cli
