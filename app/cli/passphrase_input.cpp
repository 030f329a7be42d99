#include "app/cli/passphrase_input.h"

#include <csignal>
#include <fstream>
#include <iostream>
#include <termios.h>
#include <unistd.h>

#include "app/practice/practice_passphrase.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::cli {

namespace fs = std::filesystem;

namespace {

constexpr int kTries = 3;

// The terminal as it was before echo was turned off, put back if the person presses Ctrl+C.
termios g_terminalBefore{};

extern "C" void restoreTerminalAndStop(int signalNumber)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_terminalBefore);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

// Echo off for as long as it lives.
class HiddenTyping {
public:
    HiddenTyping()
    {
        if (tcgetattr(STDIN_FILENO, &g_terminalBefore) != 0)
            return;
        termios hidden = g_terminalBefore;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden) == 0;
        if (m_active) {
            m_previousInterrupt = std::signal(SIGINT, restoreTerminalAndStop);
            m_previousTerminate = std::signal(SIGTERM, restoreTerminalAndStop);
        }
    }
    ~HiddenTyping()
    {
        if (!m_active)
            return;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_terminalBefore);
        std::signal(SIGINT, m_previousInterrupt);
        std::signal(SIGTERM, m_previousTerminate);
    }
    HiddenTyping(const HiddenTyping&) = delete;
    HiddenTyping& operator=(const HiddenTyping&) = delete;

private:
    bool m_active = false;
    void (*m_previousInterrupt)(int) = SIG_DFL;
    void (*m_previousTerminate)(int) = SIG_DFL;
};

std::string withoutLineEnding(std::string line)
{
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

} // namespace

std::string readPassphraseFile(const fs::path& file, const std::string& option, std::ostream& warnings)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw NotFoundError(formatMessage(_("Cannot read the passphrase file {}: no such file, or not readable."),
                                          file.string()));
    std::error_code error;
    const fs::perms permissions = fs::status(file, error).permissions();
    if (!error && (permissions & (fs::perms::group_read | fs::perms::others_read)) != fs::perms::none)
        warnings << "knotwork-cli: "
                 << formatMessage(_("warning: other users of this computer can read the passphrase file {}; "
                                    "make it private with: chmod 600 \"{}\""),
                                  file.string(), file.string())
                 << '\n';
    std::string line;
    std::getline(in, line);
    line = withoutLineEnding(line);
    if (line.empty())
        throw ValidationError(option, "required",
                              formatMessage(_("{} must hold the passphrase on its first line; {} has none."), option,
                                            file.string()));
    return line;
}

bool standardInputIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

std::string askHidden(const std::string& prompt, std::ostream& prompts)
{
    std::string line;
    bool read = false;
    {
        // Echo goes off before the prompt shows, so nothing typed after it can be shown or lost.
        HiddenTyping hidden;
        prompts << prompt << std::flush;
        read = static_cast<bool>(std::getline(std::cin, line));
    }
    prompts << '\n';  // the Enter the person typed was not shown
    if (!read)
        throw PassphraseError(PassphraseError::Reason::Needed, _("No passphrase was typed."));
    return withoutLineEnding(line);
}

void checkPassphraseOfNewPractice(const fs::path& file, const std::string& passphrase)
{
    std::error_code error;
    if (!passphrase.empty() && (!fs::exists(file, error) || fs::file_size(file, error) == 0))
        app::validateNewPassphrase(passphrase, passphrase);
}

std::string withPracticePassphrase(const CliContext& context, const fs::path& file,
                                   const std::function<void(const std::string&)>& open)
{
    if (!context.passphraseFile.empty()) {
        const std::string passphrase = readPassphraseFile(context.passphraseFile, "--passphrase-file", context.err);
        open(passphrase);
        return passphrase;
    }
    try {
        open({});
        return {};
    } catch (const PassphraseError& error) {
        if (error.reason() != PassphraseError::Reason::Needed)
            throw;
        if (!standardInputIsTerminal())
            throw PassphraseError(PassphraseError::Reason::Needed,
                                  formatMessage(_("{} Without a terminal to type it in, give the passphrase with "
                                                  "--passphrase-file FILE (the passphrase on the file's first "
                                                  "line)."),
                                                error.what()));
    }
    for (int attempt = 1;; ++attempt) {
        const std::string passphrase =
            askHidden(formatMessage(_("Passphrase for {}:"), file.string()) + " ", context.err);
        try {
            open(passphrase);
            return passphrase;
        } catch (const PassphraseError& error) {
            if (error.reason() != PassphraseError::Reason::Wrong || attempt == kTries)
                throw;
            context.printWarning(_("Wrong passphrase"));
        }
    }
}

} // namespace knotwork::cli
