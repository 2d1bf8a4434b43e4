#pragma once

// The one idiom core/ligdicash uses for "a value, or why there is none": LigdiCashResult<T> holds
// either a T or a LigdiCashError, which carries LigdiCash's sub-code besides the offending field.

#include "Expected.h"
#include "ligdicash/LigdiCashError.h"

template<typename T>
using LigdiCashResult = Expected<T, LigdiCashError>;
