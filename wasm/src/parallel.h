#ifndef LSP_PARALLEL_H
#define LSP_PARALLEL_H
#include "lsp.h"

#define LSP_JOB_ARGS 12
enum { LSP_JOB_SYMV = 1, LSP_JOB_TRAILING = 2, LSP_JOB_GEMM = 3 };

int lsp_parallel_available(void);
void lsp_parallel_post(int kind, const int32_t *args);
void lsp_parallel_join(void);
/* Dispatch of a job by kind (jobs.c). */
void lsp_run_job(int kind, const int32_t *args);
#endif
