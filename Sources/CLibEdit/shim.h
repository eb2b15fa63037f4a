#ifndef GLOSS_CLIBEDIT_SHIM_H
#define GLOSS_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <histedit.h>
#endif
