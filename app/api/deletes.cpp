#include "deletes.h"
// Implementation in progress.
