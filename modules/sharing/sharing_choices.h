#pragma once

#include "common/choices.h"
#include "sharing/disclosure.h"

namespace knotwork {

KNOTWORK_DECLARE_CHOICES(sharing::DocumentKind)

} // namespace knotwork
