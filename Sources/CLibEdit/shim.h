#ifndef GLOSS_CLIBEDIT_SHIM_H
#define GLOSS_CLIBEDIT_SHIM_H

/*
 * Typed, non-variadic wrappers over libedit's native API (histedit.h).
 *
 * `el_set`, `el_get` and `history` are C-variadic, which Swift cannot call, so
 * every operation the LineEditing module needs gets a `static inline` wrapper
 * here. The Clang importer compiles these bodies into the importing Swift
 * module, so no `.c` file is needed.
 *
 * Rule: no static or global state in this header. A `static` variable here
 * would get one copy per importing module.
 */

#include <stdio.h>
#include <histedit.h>

/* ---- The standard streams (C globals are unusable from Swift 6) ---- */

static inline FILE *cle_stdin(void) { return stdin; }
static inline FILE *cle_stdout(void) { return stdout; }
static inline FILE *cle_stderr(void) { return stderr; }

/* ---- Editor setup ---- */

/* Creates an editor on the standard streams; `prog` selects `prog:` lines of ~/.editrc. */
static inline EditLine *cle_init(const char *prog) {
  return el_init(prog, stdin, stdout, stderr);
}

/* EL_PROMPT: `fn` returns the prompt; the string must outlive the call. */
static inline int cle_set_prompt(EditLine *e, char *(*fn)(EditLine *)) {
  return el_set(e, EL_PROMPT, fn);
}

/* EL_EDITOR: "emacs" or "vi". */
static inline int cle_set_editor(EditLine *e, const char *mode) {
  return el_set(e, EL_EDITOR, mode);
}

/* EL_SIGNAL: when non-zero, libedit restores the tty on signals and handles SIGWINCH. */
static inline int cle_set_signal(EditLine *e, int flag) {
  return el_set(e, EL_SIGNAL, flag);
}

/* EL_HIST: attaches a History (driven through libedit's narrow `history` function). */
static inline int cle_set_history(EditLine *e, History *h) {
  return el_set(e, EL_HIST, history, h);
}

/* EL_CLIENTDATA set/get: an opaque pointer back to the owning Swift object. */
static inline int cle_set_clientdata(EditLine *e, void *data) {
  return el_set(e, EL_CLIENTDATA, data);
}
static inline void *cle_get_clientdata(EditLine *e) {
  void *data = NULL;
  if (el_get(e, EL_CLIENTDATA, &data) != 0) return NULL;
  return data;
}

/* EL_ADDFN: registers a named editor function (returns a CC_* code). */
static inline int cle_add_function(EditLine *e, const char *name, const char *help,
                                   unsigned char (*fn)(EditLine *, int)) {
  return el_set(e, EL_ADDFN, name, help, fn);
}

/* EL_BIND: binds one key sequence (e.g. "^I", "^R") to a named editor function. */
static inline int cle_bind(EditLine *e, const char *keys, const char *function) {
  return el_set(e, EL_BIND, keys, function, (const char *)NULL);
}

/* EL_REFRESH: redraws the prompt and the current line. */
static inline int cle_refresh(EditLine *e) {
  return el_set(e, EL_REFRESH);
}

/* ---- History ---- */

static inline int cle_history_set_size(History *h, int size) {
  HistEvent ev;
  return history(h, &ev, H_SETSIZE, size);
}
static inline int cle_history_size(History *h) {
  HistEvent ev;
  if (history(h, &ev, H_GETSIZE) < 0) return -1;
  return ev.num;
}
static inline int cle_history_set_unique(History *h, int flag) {
  HistEvent ev;
  return history(h, &ev, H_SETUNIQUE, flag);
}
static inline int cle_history_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}
static inline int cle_history_clear(History *h) {
  HistEvent ev;
  return history(h, &ev, H_CLEAR);
}
/* H_LOAD: returns the number of entries read, or -1. */
static inline int cle_history_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}
/* H_SAVE: rewrites `path` (mode 0600); returns the number of entries written, or -1. */
static inline int cle_history_save(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, path);
}
/* H_FIRST / H_NEXT: iterate from the newest entry to the oldest; NULL at the end. */
static inline const char *cle_history_first(History *h) {
  HistEvent ev;
  return history(h, &ev, H_FIRST) == 0 ? ev.str : NULL;
}
static inline const char *cle_history_next(History *h) {
  HistEvent ev;
  return history(h, &ev, H_NEXT) == 0 ? ev.str : NULL;
}

#endif
