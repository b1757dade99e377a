import type { ReactNode } from 'react';
import './sign-in.css';

/** The signed-out pages (sign in, setup, invite): the console's name over one card in the middle of the page. */
export function AuthCard({ children }: { children: ReactNode }) {
  return (
    <main className="sign-in" id="main">
      <div className="sign-in__card">
        <div className="sign-in__brand">
          <img src="/favicon.svg" alt="" width="36" height="36" />
          <span>MSP Command Center</span>
        </div>
        {children}
      </div>
    </main>
  );
}
