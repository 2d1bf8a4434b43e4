#pragma once

// The one idiom core/contract uses for "a value, or why there is none": Result<T> holds either a
// T or a ParseError. Every static fromJson() returns one, so callers always learn which field was
// wrong.

#include "Expected.h"
#include "ParseError.h"

template<typename T>
using Result = Expected<T, ParseError>;
