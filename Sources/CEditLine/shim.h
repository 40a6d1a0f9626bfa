// A thin shim over libedit's native API (histedit.h) for Swift.
// el_set, el_get and history() are C variadic functions, which Swift cannot call, so each use is
// wrapped in a static inline function here. C's stdin/stdout/stderr are passed inside the shim too.
#ifndef NQ_CEDITLINE_SHIM_H
#define NQ_CEDITLINE_SHIM_H

#if !__has_include(<histedit.h>)
#error "libedit headers not found: install them with `apt-get install -y libedit-dev` (Debian/Ubuntu)"
#endif

#include <histedit.h>
#include <stdio.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <errno.h>

typedef unsigned char (*nq_el_func_t)(EditLine *, int);
typedef char *(*nq_el_prompt_t)(EditLine *);

static inline EditLine *nq_el_init(const char *prog) {
    return el_init(prog, stdin, stdout, stderr);
}
static inline int nq_el_set_prompt(EditLine *el, nq_el_prompt_t f) { return el_set(el, EL_PROMPT, f); }
static inline int nq_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int nq_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int nq_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int nq_el_add_function(EditLine *el, const char *name, const char *help, nq_el_func_t f) {
    return el_set(el, EL_ADDFN, name, help, f);
}
static inline int nq_el_bind(EditLine *el, const char *key, const char *fn) {
    return el_set(el, EL_BIND, key, fn, NULL);
}
static inline int nq_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *nq_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

static inline History *nq_history_init(int size) {
    History *h = history_init();
    HistEvent ev;
    if (h) {
        history(h, &ev, H_SETSIZE, size);
        history(h, &ev, H_SETUNIQUE, 1);
    }
    return h;
}
static inline int nq_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
static inline int nq_history_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }
static inline int nq_history_save(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_SAVE, path); }

static inline FILE *nq_stdout(void) { return stdout; }
#endif
