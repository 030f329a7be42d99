#pragma once

#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "clients/headache_profile.h"
#include "demo/demo_random.h"

namespace knotwork::demo {

// What a demo client's days are made of, so the intake story, the goals and the activities they
// rate fit the person: a retired 78-year-old does not commute, a musician's headaches did not
// start at a desk.
enum class Life {
    Desk,        // screen work most of the day
    OnTheirFeet, // shifts standing or moving: nurse, hairdresser, barista, electrician
    Driving,     // long hours at the wheel
    Music,       // practice and rehearsal
    Student,
    Retired,
};

struct Occupation {
    std::string_view title;
    Life life;
    int screenHoursLow;
    int screenHoursHigh;
    int youngest;  // years: who can hold it
    int oldest;
};

std::span<const Occupation> occupations();
// The occupation with this title, none for a title the demo does not use.
const Occupation* occupationTitled(std::string_view title);
// One that someone of `ageYears` could have: retired only from 60 (always from 70), a student
// until 30, working from 20 to 69.
const Occupation& occupationFor(DemoRandom& random, int ageYears);

// The activities a client of this age and life could name on the Patient-Specific Functional
// Scale: everyday ones for every age, their work's or study's own, none with small children
// after 50, none that need a job once retired.
std::vector<std::string_view> psfsActivitiesFor(int ageYears, Life life);
// Goals in the client's own words for the intake, by the same rules; painkillers come up only
// for a client who takes them.
std::vector<std::string_view> intakeGoalsFor(int ageYears, Life life, bool takesPainkillers);
// How the headaches began, as the client tells it.
std::vector<std::string_view> onsetsFor(Life life);
// What the client hopes for from a visit ("goal today").
std::vector<std::string_view> visitGoalsFor(Life life);

// The acute medication a client may take, as named on the intake and in the notes.
struct Medicine {
    std::string_view name;  // "ibuprofen 400 mg", as the client names it in a note
    clients::AcuteMedication kind;
};
struct MedicationHistory {
    std::string intakeText;                // "Ibuprofen 400 mg as needed"
    std::vector<Medicine> medicines;       // one or two
    std::set<clients::AcuteMedication> kinds;
};
MedicationHistory drawMedication(DemoRandom& random, bool migraine);
// The medicines named in an intake's medication text (drawMedication's), none for other text.
std::vector<Medicine> medicinesOnIntake(std::string_view intakeText);

} // namespace knotwork::demo
