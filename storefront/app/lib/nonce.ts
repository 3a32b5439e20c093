import { createContext, useContext } from "react"

/** The per-request nonce the content security policy allows inline scripts by (server render only). */
export const NonceContext = createContext<string>("")
export const useNonce = () => useContext(NonceContext)
