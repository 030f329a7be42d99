#include "clients/client_service.h"

#include <algorithm>

#include "clients/client_choices.h"
#include "clients/validation.h"
#include "common/i18n.h"

namespace knotwork::clients {

ClientService::ClientService(ClientStore& clients, ProviderStore& providers, SettingsStore& settings,
                             Clock clock, PaperSize localPaper)
    : m_clients(clients),
      m_providers(providers),
      m_settings(settings),
      m_clock(std::move(clock)),
      m_localPaper(localPaper)
{
}

namespace {

// The longest a therapist may extend a lapsed clearance by: long enough to get a new letter.
constexpr int kLongestExtensionDays = 90;

} // namespace

SafetyAssessment ClientService::assess(const ClientChart& chart) const
{
    return assessSafety(chart.safetyRecord(), today());
}

ClientId ClientService::saveIntake(const IntakeRecord& record)
{
    Validator validator;
    validateIntake(record, today(), validator);
    validator.throwIfAny();

    ClientChart current;
    if (record.client.id != 0)
        current = m_clients.chart(record.client.id);
    current.diagnoses = record.diagnoses;
    current.intake = record.intake;
    const Screening* latest = current.latestScreening(ScreeningKind::Intake);
    std::optional<Screening> newScreening;
    if (!latest || latest->issues != record.screeningIssues || latest->notes != record.screeningNotes
        || latest->pregnancyEndsOn != record.pregnancyEndsOn) {
        newScreening = Screening{};
        newScreening->screenedAt = m_clock.now();
        newScreening->kind = ScreeningKind::Intake;
        newScreening->issues = record.screeningIssues;
        newScreening->pregnancyEndsOn = record.pregnancyEndsOn;
        newScreening->notes = record.screeningNotes;
        current.screenings.push_back(*newScreening);
    }
    return m_clients.saveIntake(record, newScreening, assess(current));
}

ClientId ClientService::registerClient(const Client& client)
{
    IntakeRecord record;
    record.client = client;
    record.client.id = 0;
    Validator validator;
    validateIntake(record, today(), validator);
    validator.throwIfAny();
    ClientChart chart;
    chart.client = record.client;
    return m_clients.registerClient(record.client, assess(chart));
}

void ClientService::rescreen(ClientId id, const std::set<SafetyIssue>& found, const std::string& notes)
{
    Validator validator;
    validateScreeningNotes(notes, validator);
    for (const SafetyIssue issue : found)
        if (!isCurrentFlag(issue))
            validator.add("rescreen", "history-flag", historyFlagAtVisit(issue));
    validator.throwIfAny();
    ClientChart chart = m_clients.chart(id);
    Screening screening;
    screening.screenedAt = m_clock.now();
    screening.kind = ScreeningKind::Visit;
    screening.issues = found;
    screening.notes = notes;
    chart.screenings.push_back(screening);
    m_clients.addScreening(id, screening, assess(chart));
}

void ClientService::recordDiaryOveruse(ClientId id, const std::string& advice)
{
    ClientChart chart = m_clients.chart(id);
    if (assess(chart).raisedAt.contains(SafetyIssue::PainkillerOveruse))
        return;
    Screening screening;
    screening.screenedAt = m_clock.now();
    screening.kind = ScreeningKind::Diary;
    screening.issues = {SafetyIssue::PainkillerOveruse};
    screening.notes = advice;
    chart.screenings.push_back(screening);
    m_clients.addScreening(id, screening, assess(chart));
}

long long ClientService::withdrawFlag(ClientId id, FlagWithdrawal withdrawal)
{
    Validator validator;
    validateWithdrawal(withdrawal, validator);
    validator.throwIfAny();
    ClientChart chart = m_clients.chart(id);
    const SafetyAssessment before = assess(chart);
    if (before.fromDiagnosis.contains(withdrawal.issue))
        throw ValidationError("withdrawal.issue", "from-diagnosis",
                              formatMessage(_("\"{}\" comes from a provider's diagnosis on file: only a clearance "
                                              "lifts it (or correcting the diagnosis on the intake form)."),
                                            labelOf(withdrawal.issue)));
    if (!before.raisedAt.contains(withdrawal.issue))
        throw ValidationError("withdrawal.issue", "not-on-record",
                              formatMessage(_("\"{}\" is not on this client's record: there is "
                                              "nothing to withdraw."),
                                            labelOf(withdrawal.issue)));
    withdrawal.withdrawnAt = m_clock.now();
    chart.withdrawals.push_back(withdrawal);
    return m_clients.addWithdrawal(id, withdrawal, assess(chart));
}

void ClientService::extendClearance(ClientId id, long long clearanceId, ClearanceExtension extension)
{
    Validator validator;
    validator.required(extension.reason, "extension.reason", _("Reason for the extension"));
    validator.multiLine(extension.reason, 2000, "extension.reason", _("Reason for the extension"));
    if (extension.extendedTo.is_special() || extension.extendedTo <= today()
        || extension.extendedTo > today() + boost::gregorian::days(kLongestExtensionDays))
        validator.add("extension.extended_to", "range",
                      formatMessage(_("Extended to: a day after today and at most {} days ahead; ask "
                                      "the provider for a new clearance for longer."),
                                    kLongestExtensionDays));
    validator.throwIfAny();
    ClientChart chart = m_clients.chart(id);
    const SafetyAssessment before = assess(chart);
    if (before.extendableClearanceId != clearanceId)
        throw ValidationError("extension.clearance_id", "not-extendable",
                              _("Only a lapsed clearance that covers everything open now, and was "
                                "never extended, can be extended: ask the provider for a new one."));
    extension.recordedAt = m_clock.now();
    for (Clearance& clearance : chart.clearances)
        if (clearance.id == clearanceId)
            clearance.extension = extension;
    m_clients.extendClearance(id, clearanceId, extension, assess(chart));
}

long long ClientService::recordClearance(ClientId id, Clearance clearance,
                                         const std::optional<Attachment>& letter)
{
    Validator validator;
    validateClearance(clearance, letter, today(), validator);
    validator.throwIfAny();
    if (clearance.providerId)
        m_providers.get(*clearance.providerId);  // NotFoundError for an unknown provider

    ClientChart chart = m_clients.chart(id);
    const SafetyAssessment before = assess(chart);
    if (before.openIssues.empty())
        throw ValidationError("clearance.covers", "nothing-to-clear",
            _("Nothing needs a clearance: there is no open red flag or contraindication on "
              "record."));
    clearance.covers = before.openIssues;
    clearance.recordedAt = m_clock.now();
    chart.clearances.push_back(clearance);
    std::optional<Attachment> stored = letter;
    if (stored) {
        stored->clientId = id;
        stored->addedAt = m_clock.now();
    }
    return m_clients.addClearance(id, clearance, stored, assess(chart));
}

long long ClientService::recordConsent(ClientId id, const Consent& consent)
{
    Validator validator;
    validateConsent(consent, today(), validator);
    validator.throwIfAny();
    if (consent.providerId)
        m_providers.get(*consent.providerId);  // NotFoundError for an unknown provider; the store checks the client
    Consent given = consent;
    given.revokedOn.reset();
    return m_clients.addConsent(id, given);
}

void ClientService::revokeConsent(ClientId id, long long consentId, const Date& revokedOn)
{
    const ClientChart chart = m_clients.chart(id);
    const auto consent = std::find_if(chart.consents.begin(), chart.consents.end(),
                                      [&](const Consent& c) { return c.id == consentId; });
    if (consent == chart.consents.end())
        throw NotFoundError(formatMessage(_("This client has no consent number {}."), consentId));
    Validator validator;
    if (consent->revokedOn)
        validator.add("consent.revoked_on", "already-revoked",
                      formatMessage(_("This consent was already revoked on {}."), isoDate(*consent->revokedOn)));
    if (revokedOn < consent->givenOn)
        validator.add("consent.revoked_on", "after-start",
                      _("A consent cannot be revoked before the day it was given."));
    validator.notAfter(revokedOn, today(), "consent.revoked_on", _("Date of revoking"));
    validator.throwIfAny();
    m_clients.revokeConsent(id, consentId, revokedOn);
}

void ClientService::archive(ClientId id, const std::string& reason)
{
    Validator validator;
    validator.multiLine(reason, 2000, "archive_reason", _("Reason for archiving"));
    validator.throwIfAny();
    const ClientChart chart = m_clients.chart(id);
    if (chart.client.archived)
        return;
    m_clients.setArchived(id, chart.client.rowVersion, today(), reason);
}

void ClientService::restore(ClientId id)
{
    const ClientChart chart = m_clients.chart(id);
    if (!chart.client.archived)
        return;
    m_clients.setArchived(id, chart.client.rowVersion, std::nullopt, "");
}

ProviderId ClientService::saveProvider(const Provider& provider)
{
    Validator validator;
    validateProvider(provider, validator);
    validator.throwIfAny();
    if (provider.id == 0)
        return m_providers.add(provider);
    m_providers.update(provider);
    return provider.id;
}

PracticeSettings ClientService::settings()
{
    PracticeSettings settings = m_settings.load();
    if (settings.neverSaved())
        settings.paperSize = m_localPaper;
    return settings;
}

void ClientService::keepDefaultSettings()
{
    const PracticeSettings current = settings();
    if (current.neverSaved())
        saveSettings(current, std::nullopt);
}

void ClientService::saveSettings(const PracticeSettings& settings, const std::optional<Attachment>& newLogo,
                                 const std::optional<Attachment>& newSignature)
{
    Validator validator;
    validateSettings(settings, newLogo, newSignature, validator);
    validator.throwIfAny();
    auto stamped = [this](std::optional<Attachment> image) {
        if (image)
            image->addedAt = m_clock.now();
        return image;
    };
    m_settings.save(settings, stamped(newLogo), stamped(newSignature));
}

} // namespace knotwork::clients
