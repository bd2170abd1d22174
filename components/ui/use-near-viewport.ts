"use client";

import { useEffect, useState, type RefObject } from "react";

/**
 * True once the element comes within about a screen of the viewport, or gets the focus: the
 * moment a form's enhancements (fresh token, remembered details) are worth their work, which
 * would otherwise compete with the page's first seconds for a phone's processor.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    const arrive = () => setNear(true);
    const observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && arrive(),
      {
        rootMargin: "100% 0px",
      },
    );
    observer.observe(element);
    element.addEventListener("focusin", arrive);
    return () => {
      observer.disconnect();
      element.removeEventListener("focusin", arrive);
    };
  }, [ref, near]);
  return near;
}
