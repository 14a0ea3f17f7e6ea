#include "csvexport.h"
// Implementation in progress.
