import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { currentUser } from "@/lib/auth/current";
import { signOutAction } from "./session-actions";

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · Admin · KB Fix Tracker" },
  robots: { index: false },
};

// Not a security boundary (layouts are not re-run on every navigation): each page and action checks the session itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <div>
      {user && <AdminNav email={user.email} role={user.role} signOut={signOutAction} />}
      {children}
    </div>
  );
}
