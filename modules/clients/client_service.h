#pragma once

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
    ClientService(ClientStore& clients, ProviderStore& providers, SettingsStore& settings,
                  Clock clock);

    ClientStore& clients() { return m_clients; }
    ProviderStore& providers() { return m_providers; }
    const Clock& clock() const { return m_clock; }
    Date today() const { return m_clock.today(); }

    // Saves the intake form. A new screening is appended when the ticked issues or notes differ
    // from the latest one (or for a new client).
    ClientId saveIntake(const IntakeRecord& record);
    // A visit's re-screen; a new red flag re-opens the status.
    void rescreen(ClientId id, const std::set<SafetyIssue>& issues, const std::string& notes);
    // Records a clearance for the issues open now. ValidationError when nothing is open.
    long long recordClearance(ClientId id, Clearance clearance,
                              const std::optional<Attachment>& letter);
    long long recordConsent(ClientId id, const Consent& consent);
    void revokeConsent(ClientId id, long long consentId, const Date& revokedOn);
    void archive(ClientId id, const std::string& reason);
    void restore(ClientId id);

    SafetyAssessment assess(const ClientChart& chart) const;

    ProviderId saveProvider(const Provider& provider);

    PracticeSettings settings() { return m_settings.load(); }
    void saveSettings(const PracticeSettings& settings, const std::optional<Attachment>& newLogo);

private:
    ClientStore& m_clients;
    ProviderStore& m_providers;
    SettingsStore& m_settings;
    Clock m_clock;
};

} // namespace knotwork::clients
