#pragma once

#include "common/sha256.h"

namespace knotwork::reports {

using knotwork::sha256Hex;

} // namespace knotwork::reports
