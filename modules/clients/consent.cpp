#include "clients/consent.h"

#include <algorithm>

namespace knotwork::clients {

bool isActiveOn(const Consent& consent, const Date& day)
{
    return !consent.givenOn.is_special() && consent.givenOn <= day
        && (!consent.revokedOn || *consent.revokedOn > day);
}

bool hasTreatmentConsent(const std::vector<Consent>& consents, const Date& day)
{
    return std::any_of(consents.begin(), consents.end(), [&](const Consent& consent) {
        return consent.kind == ConsentKind::Treatment && isActiveOn(consent, day);
    });
}

bool mayShareWith(const std::vector<Consent>& consents, ProviderId provider, const Date& day)
{
    return shareConsent(consents, provider, day) != nullptr;
}

const Consent* shareConsent(const std::vector<Consent>& consents, ProviderId provider, const Date& day)
{
    const auto latest = std::find_if(consents.rbegin(), consents.rend(), [&](const Consent& consent) {
        return consent.kind == ConsentKind::ShareRecords && consent.providerId == provider
            && isActiveOn(consent, day);
    });
    return latest == consents.rend() ? nullptr : &*latest;
}

} // namespace knotwork::clients
