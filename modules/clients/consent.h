#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clients/provider.h"
#include "common/calendar_date.h"

namespace knotwork::clients {

enum class ConsentKind {
    Treatment,      // informed consent to massage treatment
    ShareRecords,   // consent to share records with one named provider
    // The client accepted the practice's cancellation policy (the appointment book's, read at
    // intake); wordingVersion is the policy's version (schedule::CancellationPolicy::version).
    CancellationPolicy,
};

struct Consent {
    long long id = 0;
    ConsentKind kind = ConsentKind::Treatment;
    std::optional<ProviderId> providerId;  // required for ShareRecords
    Date givenOn{boost::gregorian::not_a_date_time};
    std::string wordingVersion;            // the version of the consent form signed
    std::optional<Date> revokedOn;
    std::string notes;

    friend bool operator==(const Consent&, const Consent&) = default;
};

bool isActiveOn(const Consent& consent, const Date& day);
bool hasTreatmentConsent(const std::vector<Consent>& consents, const Date& day);
// Sharing features (reports to a provider) check this before anything leaves the practice.
bool mayShareWith(const std::vector<Consent>& consents, ProviderId provider, const Date& day);
// The consent that allows it: the latest active consent to share with the provider, if any.
const Consent* shareConsent(const std::vector<Consent>& consents, ProviderId provider, const Date& day);

} // namespace knotwork::clients
