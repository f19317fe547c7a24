"use client";
/**
 * Notices changes made by someone else: the poll brings a version this page did not make, and the
 * newest entry of the edit log says who made it and what it was.
 */
import { useEffect, useRef, useState } from "react";
import type { TEditorData } from "@/lib/domain/timetable-editor";

export type RemoteChange = { version: number; actorName: string; summary: string };

export function useRemoteChanges(data: TEditorData | undefined) {
  const seenVersion = useRef<number | null>(null);
  const ownVersions = useRef(new Set<number>());
  const [change, setChange] = useState<RemoteChange | null>(null);

  const version = data?.timetable.version;
  useEffect(() => {
    if (version === undefined || !data) return;
    const previous = seenVersion.current;
    seenVersion.current = version;
    if (previous === null || version <= previous || ownVersions.current.has(version)) return;
    const newest = [...data.edits].sort((a, b) => b.seq - a.seq)[0];
    setChange({ version, actorName: newest?.actorName ?? "Someone else", summary: newest?.summary ?? "changed the timetable" });
  }, [version, data]);

  return {
    change,
    dismiss: () => setChange(null),
    /** Versions this page's own operations produced: not announced as someone else's. */
    markOwn: (ownVersion: number) => ownVersions.current.add(ownVersion),
  };
}
