/*
 * Two-way fork/join over shared linear memory: the JavaScript loader may start one helper
 * (a worker_thread instantiating this module on the same shared memory) that runs
 * lsp_worker_loop. Kernels split their work in two fixed halves, always the same way whatever
 * the thread count, so results are bitwise identical with or without the helper; the helper
 * only changes who computes the second half.
 * Synchronisation: sequence numbers with atomic load/store plus memory.atomic.wait32/notify
 * (WebAssembly threads proposal), after a short spin.
 */
#include "parallel.h"

#define SPIN_ITERATIONS 20000
#define WORKER_STACK_BYTES (256 * 1024)

static int32_t job_seq;      /* posted by the main thread */
static int32_t job_done;     /* = job_seq once the helper finished that job */
static int32_t helper_ready; /* 1 while a helper runs lsp_worker_loop */
static int32_t job_kind;
static int32_t job_args[LSP_JOB_ARGS];
static unsigned char worker_stack[WORKER_STACK_BYTES] __attribute__((aligned(16)));

/* Top of the helper's shadow stack (the loader sets the helper's __stack_pointer to it). */
LSP_EXPORT(lsp_worker_stack_top)
uintptr_t lsp_worker_stack_top(void) { return (uintptr_t)(worker_stack + WORKER_STACK_BYTES); }

int lsp_parallel_available(void) { return __atomic_load_n(&helper_ready, __ATOMIC_ACQUIRE) != 0; }

void lsp_parallel_post(int kind, const int32_t *args) {
  for (int t = 0; t < LSP_JOB_ARGS; ++t) job_args[t] = args[t];
  job_kind = kind;
  int32_t next = __atomic_load_n(&job_seq, __ATOMIC_RELAXED) + 1;
  __atomic_store_n(&job_seq, next, __ATOMIC_RELEASE);
  __builtin_wasm_memory_atomic_notify((int *)&job_seq, 1);
}

void lsp_parallel_join(void) {
  int32_t want = __atomic_load_n(&job_seq, __ATOMIC_RELAXED);
  for (int spin = 0; spin < SPIN_ITERATIONS; ++spin)
    if (__atomic_load_n(&job_done, __ATOMIC_ACQUIRE) == want) return;
  for (;;) {
    int32_t seen = __atomic_load_n(&job_done, __ATOMIC_ACQUIRE);
    if (seen == want) return;
    __builtin_wasm_memory_atomic_wait32((int *)&job_done, seen, -1);
  }
}

/* Helper thread: wait for jobs and run them; never returns. */
LSP_EXPORT(lsp_worker_loop)
void lsp_worker_loop(void) {
  int32_t last = __atomic_load_n(&job_seq, __ATOMIC_ACQUIRE);
  __atomic_store_n(&job_done, last, __ATOMIC_RELEASE);
  __atomic_store_n(&helper_ready, 1, __ATOMIC_RELEASE);
  for (;;) {
    int32_t seq = __atomic_load_n(&job_seq, __ATOMIC_ACQUIRE);
    for (int spin = 0; seq == last && spin < SPIN_ITERATIONS; ++spin) seq = __atomic_load_n(&job_seq, __ATOMIC_ACQUIRE);
    while (seq == last) {
      __builtin_wasm_memory_atomic_wait32((int *)&job_seq, last, -1);
      seq = __atomic_load_n(&job_seq, __ATOMIC_ACQUIRE);
    }
    lsp_run_job(job_kind, job_args);
    last = seq;
    __atomic_store_n(&job_done, seq, __ATOMIC_RELEASE);
    __builtin_wasm_memory_atomic_notify((int *)&job_done, 1);
  }
}

/* 1 once a helper thread is running lsp_worker_loop. */
LSP_EXPORT(lsp_helper_ready)
int lsp_helper_ready(void) { return lsp_parallel_available(); }
