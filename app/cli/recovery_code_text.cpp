#include "app/cli/recovery_code_text.h"

#include "common/i18n.h"

namespace knotwork::cli {

void printRecoveryCode(const CliContext& context, const std::string& code)
{
    context.out << _("Recovery code of the practice's record key:") << "\n\n    " << code << "\n\n"
                << _("Write it down and keep it away from this computer. The key that seals the practice's records "
                     "is kept in a file on this computer only; if the practice moves to another computer or the "
                     "file is lost, this code is the only way to write to it again (knotwork-cli key restore). "
                     "It is shown once: knotwork-cli key code shows it again.")
                << '\n';
}

} // namespace knotwork::cli
