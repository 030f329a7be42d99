#include "app/cli/manual_page.h"

#include <algorithm>
#include <cstdint>
#include <istream>
#include <ostream>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace knotwork::cli {

namespace {

// Decodes one UTF-8 sequence starting at text[i] and advances i past it.
char32_t nextCodePoint(std::string_view text, std::size_t& i)
{
    const auto lead = static_cast<unsigned char>(text[i++]);
    const int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
    char32_t code = extra == 0 ? lead : lead & (0x3F >> extra);
    for (int k = 0; k < extra && i < text.size(); ++k)
        code = (code << 6) | (static_cast<unsigned char>(text[i++]) & 0x3F);
    return code;
}

std::string bold(std::string_view text) { return "\\fB" + roffText(text, true) + "\\fR"; }
std::string italic(std::string_view text) { return "\\fI" + roffText(text, true) + "\\fR"; }

// A command's options as the manual lists them: everything but -h, --help.
std::vector<const CLI::Option*> documentedOptions(const CLI::App& command)
{
    return command.get_options([&](const CLI::Option* option) { return option != command.get_help_ptr(); });
}

std::vector<const CLI::App*> subcommandsOf(const CLI::App& command)
{
    return command.get_subcommands([](const CLI::App*) { return true; });
}

// "-h, --help", "--client INT", or the option text the command gave ("--db PATH").
std::string optionLabel(const CLI::Option& option)
{
    if (option.get_positional())
        return italic(option.get_name(true));
    std::string label;
    const auto addName = [&label](const std::string& name) {
        label += (label.empty() ? "" : ", ") + bold(name);
    };
    for (const std::string& name : option.get_snames())
        addName("-" + name);
    for (const std::string& name : option.get_lnames())
        addName("--" + name);
    const std::string& valueName =
        option.get_option_text().empty() ? option.get_type_name() : option.get_option_text();
    if (!valueName.empty() && option.get_expected_max() != 0)
        label += " " + italic(valueName);
    return label;
}

void writeOption(const CLI::Option& option, std::ostream& out)
{
    out << ".TP\n" << optionLabel(option) << '\n' << roffText(option.get_description());
    if (option.get_required())
        out << " (required)";
    for (const CLI::Option* excluded : option.get_excludes())
        out << " Not together with " << bold(excluded->get_name()) << '.';
    out << '\n';
}

// "knotwork-cli client show ID", "knotwork-cli client list [options]"
std::string synopsis(const CLI::App& command)
{
    std::string line = command.get_name();
    for (const CLI::App* parent = command.get_parent(); parent; parent = parent->get_parent())
        line = parent->get_name() + " " + line;
    std::string out = bold(line);
    const auto options = documentedOptions(command);
    if (std::any_of(options.begin(), options.end(), [](const CLI::Option* o) { return !o->get_positional(); }))
        out += " [" + italic("options") + "]";
    for (const CLI::Option* option : options) {
        if (option->get_positional())
            out += " " + italic(option->get_name(true));
    }
    return out;
}

void writeRunnableCommand(const CLI::App& command, std::ostream& out)
{
    out << ".TP\n" << synopsis(command) << '\n' << roffText(command.get_description()) << '\n';
    const auto options = documentedOptions(command);
    if (options.empty())
        return;
    out << ".RS\n";
    for (const CLI::Option* option : options)
        writeOption(*option, out);
    out << ".RE\n";
}

void writeCommandTree(const CLI::App& command, std::ostream& out)
{
    const auto subcommands = subcommandsOf(command);
    if (subcommands.empty()) {
        writeRunnableCommand(command, out);
        return;
    }
    for (const CLI::App* subcommand : subcommands)
        writeCommandTree(*subcommand, out);
}

} // namespace

std::string roffText(std::string_view text, bool literalHyphens)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '\\') {
            out += "\\e";
            ++i;
        } else if (c == '-' && literalHyphens) {
            out += "\\-";
            ++i;
        } else if (static_cast<unsigned char>(c) < 0x80) {
            out += c;
            ++i;
        } else {
            out += fmt::format("\\[u{:04X}]", static_cast<std::uint32_t>(nextCodePoint(text, i)));
        }
    }
    if (!out.empty() && (out.front() == '.' || out.front() == '\''))
        out.insert(0, "\\&");
    return out;
}

void writeOptionReference(const CLI::App& app, std::ostream& out)
{
    for (const CLI::Option* option : documentedOptions(app))
        writeOption(*option, out);
}

void writeCommandReference(const CLI::App& app, std::ostream& out)
{
    for (const CLI::App* command : subcommandsOf(app)) {
        out << ".SS " << roffText(command->get_name(), true) << '\n';
        if (!subcommandsOf(*command).empty())
            out << roffText(command->get_description()) << '\n';
        writeCommandTree(*command, out);
    }
}

void fillManualPage(std::istream& page, const CLI::App& app, std::ostream& out)
{
    std::string line;
    while (std::getline(page, line)) {
        if (line == R"(.\" {{options}})")
            writeOptionReference(app, out);
        else if (line == R"(.\" {{commands}})")
            writeCommandReference(app, out);
        else
            out << line << '\n';
    }
}

} // namespace knotwork::cli
