#include "app/cli/practice_access.h"

#include <fstream>
#include <sstream>

#include "app/cli/passphrase_input.h"
#include "billing/billing_choices.h"
#include "clients/client_chart.h"
#include "clients/consent.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/practice_user.h"
#include "common/user_directories.h"
#include "plans/plan_choices.h"
#include "schedule/schedule_choices.h"

namespace knotwork::cli {

namespace {

// A command reads at once, however large the practice; the whole file is read (PRAGMA
// quick_check) only before a command's first write, which a damaged file refuses. A thread
// checking from the start would save a write command part of that wait, but would take a core
// from every read command for a verdict it never needs (docs/PERFORMANCE.md).
constexpr db::FileCheck kFileCheck = db::FileCheck::BeforeFirstWrite;

} // namespace

PracticeAccess::PracticeAccess(const CliContext& context, db::OpenMode mode)
{
    if (const std::optional<db::ServerAddress> server = context.practiceServer()) {
        // libpq finds the password in the address, PGPASSWORD or ~/.pgpass (0600).
        m_practice = std::make_unique<app::PracticeContext>(*server, mode, currentLoginName(), context.clock);
        return;
    }
    const std::filesystem::path file = context.practicePath();
    if (mode == db::OpenMode::ExistingOnly && !std::filesystem::exists(file))
        throw noPracticeAt(file);
    withPracticePassphrase(context, file, [&](const std::string& passphrase) {
        checkPassphraseOfNewPractice(file, passphrase);
        m_practice = std::make_unique<app::PracticeContext>(file, mode, currentLoginName(), context.clock, passphrase,
                                                            kFileCheck);
    });
}

NotFoundError noPracticeAt(const std::filesystem::path& file)
{
    return NotFoundError(formatMessage(_("There is no practice at {}; create one with init: knotwork-cli --db \"{}\" init"),
                                       file.string(), file.string()));
}

Date dateOption(const std::string& text, const std::string& option)
{
    return parseIsoDate(text, option);
}

std::optional<Date> optionalDateOption(const std::string& text, const std::string& option)
{
    if (text.empty())
        return std::nullopt;
    return dateOption(text, option);
}

template <typename E>
E choiceOption(const std::string& key, const std::string& option)
{
    if (const auto value = fromKey<E>(key))
        return *value;
    throw ValidationError(option, "choice",
                          formatMessage(_("{} must be one of: {}; not \"{}\"."), option, keyList<E>(), key));
}

template clients::ProviderRole choiceOption<clients::ProviderRole>(const std::string&, const std::string&);
template clients::HeadacheType choiceOption<clients::HeadacheType>(const std::string&, const std::string&);
template clients::SafetyIssue choiceOption<clients::SafetyIssue>(const std::string&, const std::string&);
template clients::WithdrawalReason choiceOption<clients::WithdrawalReason>(const std::string&, const std::string&);
template clients::ClientFilter choiceOption<clients::ClientFilter>(const std::string&, const std::string&);
template clients::ClientSort choiceOption<clients::ClientSort>(const std::string&, const std::string&);
template clients::PaperSize choiceOption<clients::PaperSize>(const std::string&, const std::string&);
template clients::RetentionRule choiceOption<clients::RetentionRule>(const std::string&, const std::string&);
template plans::PlanStatus choiceOption<plans::PlanStatus>(const std::string&, const std::string&);
template plans::PlanFocus choiceOption<plans::PlanFocus>(const std::string&, const std::string&);
template plans::MeasureKind choiceOption<plans::MeasureKind>(const std::string&, const std::string&);
template schedule::CancelledBy choiceOption<schedule::CancelledBy>(const std::string&, const std::string&);
template schedule::ServiceKind choiceOption<schedule::ServiceKind>(const std::string&, const std::string&);
template billing::PaymentMethod choiceOption<billing::PaymentMethod>(const std::string&, const std::string&);
template billing::ReceiptRules choiceOption<billing::ReceiptRules>(const std::string&, const std::string&);
template PracticeUser::Role choiceOption<PracticeUser::Role>(const std::string&, const std::string&);

std::string readFileOption(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw NotFoundError(formatMessage(_("Cannot read {}: no such file, or not readable."), path));
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

clients::Attachment fileOption(const std::string& path)
{
    clients::Attachment file;
    file.fileName = std::filesystem::path(path).filename().string();
    file.mediaType = clients::mediaTypeForFileName(file.fileName);
    file.content = readFileOption(path);
    return file;
}

} // namespace knotwork::cli
