#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
#include <nlohmann/json_fwd.hpp>

#include "common/clock.h"
#include "db/server_address.h"

namespace knotwork::cli {

// What every subcommand shares: the global options and where to write.
struct CliContext {
    // `errors` receives warnings and the passphrase prompts; by default `output`.
    explicit CliContext(std::ostream& output) : out(output), err(output) {}
    CliContext(std::ostream& output, std::ostream& errors) : out(output), err(errors) {}

    Clock clock;                 // the computer's, or stopped where KNOTWORK_CLOCK says
    std::string practiceOption;  // --db as given (a file or postgresql://…); empty for the default practice
    bool json = false;           // --json
    std::string passphraseFile;  // --passphrase-file as given; empty: asked on the terminal if needed
    std::ostream& out;
    std::ostream& err;
    int exitCode = 0;            // a command sets it when it printed its result but must fail

    // The clinic server --db names (postgresql://…); nullopt for a practice file.
    std::optional<db::ServerAddress> practiceServer() const;
    // The practice file. ValidationError (field "--db", rule "file-only") when --db names a clinic
    // server: for what only a file has (its backups, its passphrase, its bytes).
    std::filesystem::path practicePath() const;
    // How messages name the practice: its file, or its server address without the password.
    std::string practiceName() const;
    // Prints a JSON document (with --json) on one line per value, ending in a newline.
    void printJson(const nlohmann::json& document) const;
    // Prints one line of text (which may echo what the user typed) through terminalText().
    void printLine(std::string_view text) const;
    // The same on `err`: warnings and prompts' answers.
    void printWarning(std::string_view text) const;
    // Prints "label  value" rows with the values lined up.
    void printRows(const std::vector<std::pair<std::string, std::string>>& rows) const;
    // Prints a table: a header line, then the rows, columns lined up.
    void printTable(const std::vector<std::string>& headers,
                    const std::vector<std::vector<std::string>>& rows) const;
};

} // namespace knotwork::cli
