#include "sessions/palpation_text.h"

#include "common/i18n.h"
#include "sessions/session_choices.h"

namespace knotwork::sessions {

std::string siteText(const MuscleSite& site)
{
    return formatMessage(_("{} ({})"), labelOf(site.muscle), labelOf(site.side));
}

std::string findingText(const PalpationFinding& finding)
{
    std::string text = formatMessage(_("tenderness {} of 3"), finding.tenderness);
    if (finding.hypertonic)
        text += _(", hypertonic");
    if (finding.triggerPoint == TriggerPoint::Active)
        text += _(", active trigger point");
    else if (finding.triggerPoint == TriggerPoint::Latent)
        text += _(", latent trigger point");
    if (finding.reproducesHeadache)
        text += _(", reproduces the headache");
    return text;
}

std::string findingText(const PalpationFinding* finding)
{
    return finding ? findingText(*finding) : std::string(_("not examined"));
}

std::string siteFindingText(const MuscleSite& site, const PalpationFinding* finding)
{
    return formatMessage(_("{}: {}"), siteText(site), findingText(finding));
}

} // namespace knotwork::sessions
