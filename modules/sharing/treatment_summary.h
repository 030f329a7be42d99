#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sessions/soap_note.h"

namespace knotwork::sharing {

// How often something was part of a visit: "Trigger-point pressure, 12 of 14 visits".
template <typename E>
struct Tally {
    E value;
    int visits = 0;

    friend bool operator==(const Tally&, const Tally&) = default;
};

// A referral recorded on a note: when, to whom and how, in words (sessions::referralText).
struct ReferralMade {
    Date on{boost::gregorian::not_a_date_time};
    std::string text;
    bool referralVisit = false;  // a visit charted with no treatment given

    friend bool operator==(const ReferralMade&, const ReferralMade&) = default;
};

// The therapist's own home-care words, as written in the notes: each wording once, with the
// visits that gave it.
struct HomeCareWords {
    std::string text;
    Date first{boost::gregorian::not_a_date_time};
    Date last{boost::gregorian::not_a_date_time};
    int visits = 0;

    friend bool operator==(const HomeCareWords&, const HomeCareWords&) = default;
};

// How one home-care item was kept, as the client answered at the period's visits (each answer
// is about the time since the visit before, which gave the item).
struct AdherenceTally {
    sessions::HomeCare item = sessions::HomeCare::SuboccipitalBallRelease;
    int daily = 0;
    int someDays = 0;
    int notAtAll = 0;

    int answers() const { return daily + someDays + notAtAll; }
    friend bool operator==(const AdherenceTally&, const AdherenceTally&) = default;
};

// What the client said about keeping the home programme, at one visit.
struct AdherenceComment {
    Date on{boost::gregorian::not_a_date_time};
    std::string text;

    friend bool operator==(const AdherenceComment&, const AdherenceComment&) = default;
};

// The re-screen of the period's last visit that asked it.
struct VisitRescreen {
    Date on{boost::gregorian::not_a_date_time};
    std::map<clients::SafetyIssue, bool> answers;
};

// What was delivered over a period, from its signed notes: the frequency actually kept (referral
// visits count as visits), the techniques, regions and muscles (most used first), session length,
// the immediate response, the home care given (the items chosen and the therapist's words) and
// how it was kept, the referrals made and the last re-screen.
struct TreatmentSummary {
    int visits = 0;
    int referralVisits = 0;
    std::optional<Date> first;
    std::optional<Date> last;
    std::optional<double> averageDaysBetween;  // from the first to the last visit
    std::vector<Tally<sessions::Technique>> techniques;
    std::vector<Tally<sessions::TreatedRegion>> regions;
    std::vector<Tally<sessions::Muscle>> muscles;
    std::vector<Tally<sessions::HomeCare>> homeCare;
    std::vector<HomeCareWords> homeCareWords;  // in the order first given
    std::vector<AdherenceTally> adherence;      // items answered for, in the choices' order
    std::vector<AdherenceComment> adherenceComments;  // oldest first
    std::optional<int> averageMinutes;
    std::optional<double> averagePainBefore;  // 0–10, visits with both before and after
    std::optional<double> averagePainAfter;
    std::vector<ReferralMade> referrals;  // oldest first
    std::optional<VisitRescreen> lastRescreen;
};

// `notes` are the period's signed notes, oldest first.
TreatmentSummary summariseTreatment(const std::vector<sessions::SoapNote>& notes);

} // namespace knotwork::sharing
