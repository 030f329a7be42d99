#pragma once

#include "common/choices.h"
#include "disclosures/disclosure.h"

namespace knotwork {

KNOTWORK_DECLARE_CHOICES(disclosures::DocumentKind)

} // namespace knotwork
