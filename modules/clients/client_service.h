#pragma once

#include <functional>
#include <optional>
#include <string>

#include "clients/client_store.h"
#include "clients/provider_store.h"
#include "clients/settings_store.h"
#include "common/clock.h"

namespace knotwork::clients {

// The use cases of client records, the same for the GUI and the CLI: validate, apply the
// screening rules, store. Each call is one transaction in the store; ValidationError carries
// every problem of the form.
class ClientService {
public:
    // `clock` is the practice's one clock: the session and plan services read it from here.
    // `localPaper` is the paper a practice prints on until its settings are first saved (the
    // locale's: paperSizeForLocale).
    ClientService(ClientStore& clients, ProviderStore& providers, SettingsStore& settings,
                  Clock clock, PaperSize localPaper = PaperSize::A4);

    // Reading is open to screens and commands; every write goes through the use cases below.
    ClientQueries& clients() { return m_clients; }
    ProviderQueries& providers() { return m_providers; }
    const Clock& clock() const { return m_clock; }
    Date today() const { return m_clock.today(); }

    // Saves the intake form. A new intake screening is appended when the ticked issues, the end of
    // a pregnancy or the notes differ from the latest one (or for a new client). Un-ticking a flag
    // does not lift it (withdrawFlag does).
    ClientId saveIntake(const IntakeRecord& record);
    // A new client as the front desk registers them: names and contact details, checked as the
    // intake checks them; the intake and its screening are the therapist's, later (saveIntake).
    ClientId registerClient(const Client& client);
    // A visit's re-screen: `found` are the current flags answered yes, the others were answered
    // no. A new red flag re-opens the status; a history flag is refused ("rescreen", "history-flag").
    void rescreen(ClientId id, const std::set<SafetyIssue>& found, const std::string& notes);
    // The headache diary shows painkiller overuse: puts the advisory on record with `advice`
    // (a diary screening), unless it is on record already.
    void recordDiaryOveruse(ClientId id, const std::string& advice);
    // Takes a flag on record off it with the reason. ValidationError ("withdrawal.issue",
    // "not-on-record") when the flag is not on record. Returns the withdrawal's id.
    long long withdrawFlag(ClientId id, FlagWithdrawal withdrawal);
    // Extends the lapsed clearance the assessment names (SafetyAssessment::extendableClearanceId),
    // once, to a day at most 90 days ahead, with the therapist's reason.
    void extendClearance(ClientId id, long long clearanceId, ClearanceExtension extension);
    // Records a clearance for the issues open now. ValidationError when nothing is open.
    long long recordClearance(ClientId id, Clearance clearance,
                              const std::optional<Attachment>& letter);
    long long recordConsent(ClientId id, const Consent& consent);
    // The version of the wording a consent of `kind` is given to today, when the feature that keeps
    // the wording says ("" otherwise). The cancellation policy is the appointment book's, so the
    // composition (app/practice) tells the service where to read it; the forms fill it in.
    using WordingVersions = std::function<std::string(ConsentKind)>;
    void setCurrentWordings(WordingVersions versions) { m_wordings = std::move(versions); }
    std::string currentWordingVersion(ConsentKind kind) const { return m_wordings ? m_wordings(kind) : std::string(); }
    void revokeConsent(ClientId id, long long consentId, const Date& revokedOn);
    void archive(ClientId id, const std::string& reason);
    void restore(ClientId id);

    SafetyAssessment assess(const ClientChart& chart) const;

    ProviderId saveProvider(const Provider& provider);

    // The practice's details; until they are first saved, with the locale's paper size.
    PracticeSettings settings();
    void saveSettings(const PracticeSettings& settings, const std::optional<Attachment>& newLogo,
                      const std::optional<Attachment>& newSignature = std::nullopt);
    // The person chose not to give a new practice's details now: keeps the settings as they are
    // (with the locale's paper size), so the practice is not asked for them again.
    void keepDefaultSettings();

private:
    ClientStore& m_clients;
    ProviderStore& m_providers;
    SettingsStore& m_settings;
    Clock m_clock;
    PaperSize m_localPaper;
    WordingVersions m_wordings;
};

} // namespace knotwork::clients
