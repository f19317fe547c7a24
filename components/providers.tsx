"use client";

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { SessionUserProvider } from "@/components/session-user-context";
import { ApiRequestError, isPermanentFailure } from "@/lib/api/fetch-json";
import type { SessionUser } from "@/lib/domain/session-user";

// A 401 from the API means the session expired while the page was open: go to sign-in and come
// back here afterwards, rather than showing a broken page.
function redirectToLoginOn401(error: unknown) {
  if (error instanceof ApiRequestError && error.status === 401 && typeof window !== "undefined") {
    const here = window.location.pathname + window.location.search;
    window.location.assign(`/login?callbackUrl=${encodeURIComponent(here)}`);
  }
}

function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: redirectToLoginOn401 }),
    mutationCache: new MutationCache({ onError: redirectToLoginOn401 }),
    defaultOptions: {
      queries: {
        // Timetable data changes rarely within a visit; job progress polls set their own interval.
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !isPermanentFailure(error) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
}

export function Providers({ user, children }: { user: SessionUser | null; children: ReactNode }) {
  // One client per browser tab, created lazily so server rendering never shares it between users.
  const [queryClient] = useState(makeQueryClient);
  return (
    <SessionUserProvider user={user}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </SessionUserProvider>
  );
}
