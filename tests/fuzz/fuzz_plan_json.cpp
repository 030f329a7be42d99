// plan add --from: a treatment plan.
#include "plans/plan_json.h"
#include "plans/plan_validation.h"
#include "tests/fuzz/fuzz_documents.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace knotwork;
    fuzz::fuzzDocument<plans::TreatmentPlan>(fuzz::asText(data, size),
                                             [](const plans::TreatmentPlan& plan) { plans::validatePlan(plan, knotwork::fuzz::kFuzzToday); });
    return 0;
}
